package dev.kycrules.check;

/**
 * The number the person typed compared with the document's, both normalised: whether they are the
 * same, the first differing position (1-based, 0 when equal) and, when recognised, the classic
 * confusion that explains the difference (for example {@code O/0 at position 5}).
 */
public record NumberComparison(boolean same, int firstDifference, String confusion) {

  /** Compares two normalised numbers. */
  public static NumberComparison of(String typed, String onDocument) {
    if (typed.equals(onDocument)) {
      return new NumberComparison(true, 0, null);
    }
    return new NumberComparison(false, BasicNameMatcher.firstDifference(typed, onDocument) + 1, null);
  }
}
