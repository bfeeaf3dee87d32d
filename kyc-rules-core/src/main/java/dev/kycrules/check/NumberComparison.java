package dev.kycrules.check;

import java.util.Map;

/**
 * The typed document number compared with the document's, both normalised with
 * {@link DocumentNumbers#normalise}. {@code firstDifference} is the 1-based position where they
 * first differ (0 when they are the same); {@code confusion} names a classic reading or typing slip
 * when the two differ by exactly one O/0, I/1, S/5, B/8, Z/2 or G/6 substitution or one swap of
 * neighbouring characters, and is null otherwise. Neither field repeats the numbers beyond the
 * confused pair.
 */
public record NumberComparison(boolean same, int firstDifference, String confusion) {
  private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
      Map.entry('O', '0'), Map.entry('0', 'O'), Map.entry('I', '1'), Map.entry('1', 'I'),
      Map.entry('S', '5'), Map.entry('5', 'S'), Map.entry('B', '8'), Map.entry('8', 'B'),
      Map.entry('Z', '2'), Map.entry('2', 'Z'), Map.entry('G', '6'), Map.entry('6', 'G'));

  public NumberComparison {
    if (same && (firstDifference != 0 || confusion != null)) {
      throw new IllegalArgumentException("equal numbers have no difference");
    }
    if (!same && firstDifference < 1) {
      throw new IllegalArgumentException("firstDifference must be 1-based, was " + firstDifference);
    }
  }

  /** Compares a typed number with the document's after normalising both. */
  public static NumberComparison of(String typed, String onDocument) {
    String a = DocumentNumbers.normalise(typed);
    String b = DocumentNumbers.normalise(onDocument);
    if (a.equals(b)) {
      return new NumberComparison(true, 0, null);
    }
    int first = IcuNameMatcher.firstDifference(a, b) + 1;
    return new NumberComparison(false, first, confusion(a, b, first - 1));
  }

  private static String confusion(String a, String b, int i) {
    if (a.length() != b.length()) {
      return null;
    }
    if (a.substring(i + 1).equals(b.substring(i + 1))) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      Character look = LOOK_ALIKES.get(x);
      if (look != null && look == y) {
        char letter = Character.isLetter(x) ? x : y;
        char digit = Character.isLetter(x) ? y : x;
        return letter + "/" + digit + " at position " + (i + 1);
      }
      return null;
    }
    if (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2))) {
      return "transposed characters at positions " + (i + 1) + "-" + (i + 2);
    }
    return null;
  }
}
