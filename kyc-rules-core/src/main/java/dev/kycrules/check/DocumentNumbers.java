package dev.kycrules.check;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation shared by every comparison, scheme check and fingerprint of document numbers. */
public final class DocumentNumbers {
  private DocumentNumbers() {}

  /**
   * Folds full-width characters (NFKC), removes spaces, hyphens, dots, slashes and parentheses and
   * upper-cases. Idempotent.
   */
  public static String normalise(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '/'
          || c == '(' || c == ')' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
          || c == '\u2014' || c == '\u2212') {
        continue;
      }
      b.append(c);
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * A masked form for evidence and logs: the first two and last two characters, the rest as
   * {@code *}. Numbers of six characters or fewer are masked whole.
   */
  public static String mask(String normalised) {
    int n = normalised.length();
    if (n <= 6) {
      return "*".repeat(n);
    }
    return normalised.substring(0, 2) + "*".repeat(n - 4) + normalised.substring(n - 2);
  }
}
