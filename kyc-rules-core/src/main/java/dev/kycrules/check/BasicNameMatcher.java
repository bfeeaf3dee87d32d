package dev.kycrules.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares names after case folding, Unicode NFKC width folding, whitespace collapsing, diacritic
 * stripping and sorting the tokens. Anything else, even one letter, is a mismatch.
 */
public final class BasicNameMatcher implements NameMatcher {

  @Override
  public NameComparison compare(String typed, String onDocument, String documentCountry) {
    List<String> tolerated = new ArrayList<>();
    String a = key(typed, tolerated);
    String b = key(onDocument, tolerated);
    String sa = sortedTokens(a);
    String sb = sortedTokens(b);
    if (a.equals(b)) {
      return new NameComparison(NameVerdict.MATCH, distinct(tolerated), a, b, -1, 1.0, false);
    }
    if (sa.equals(sb)) {
      tolerated.add("TOKEN_ORDER");
      return new NameComparison(NameVerdict.MATCH, distinct(tolerated), sa, sb, -1, 1.0, false);
    }
    return new NameComparison(NameVerdict.MISMATCH, distinct(tolerated), sa, sb, firstDifference(sa, sb), 0.0, false);
  }

  static String key(String raw, List<String> tolerated) {
    String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    if (!nfkc.equals(raw)) {
      tolerated.add("WIDTH_FOLDED");
    }
    String stripped = Normalizer.normalize(nfkc, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    if (!stripped.equals(Normalizer.normalize(nfkc, Normalizer.Form.NFD))) {
      tolerated.add("DIACRITICS_REMOVED");
    }
    String lower = stripped.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String collapsed = lower.strip().replaceAll("\\s+", " ");
    if (!collapsed.equals(lower.replaceAll("\\s", " ")) || !collapsed.equals(lower)) {
      if (!lower.equals(collapsed) && !lower.replaceAll("\\s+", " ").strip().equals(lower)) {
        tolerated.add("WHITESPACE");
      }
    }
    return collapsed;
  }

  static String sortedTokens(String key) {
    String[] t = key.split(" ");
    Arrays.sort(t);
    return String.join(" ", t);
  }

  /** First index where the two strings differ, or -1 when they are equal. */
  public static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return a.length() == b.length() ? -1 : n;
  }

  private static List<String> distinct(List<String> l) {
    return l.stream().distinct().toList();
  }
}
