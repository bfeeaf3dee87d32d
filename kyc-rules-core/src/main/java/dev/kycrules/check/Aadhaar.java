package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/**
 * India's Aadhaar number: twelve digits, the first neither 0 nor 1, the last a Verhoeff check
 * digit over the other eleven.
 *
 * <p>Blind spots: none for single substitutions (and none for adjacent transpositions), which is
 * the point of Verhoeff's dihedral-group construction.
 */
public final class Aadhaar implements NumberScheme {
  private static final int[][] D = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] P = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  private static final int[] INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

  @Override
  public String id() {
    return "IN_AADHAAR";
  }

  /** The Verhoeff check digit for a string of digits. */
  static char verhoeffDigit(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      c = D[c][P[(i + 1) % 8][d]];
    }
    return (char) ('0' + INV[c]);
  }

  /** True when the digits, check digit last, pass Verhoeff's test. */
  static boolean verhoeffValid(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      c = D[c][P[i % 8][d]];
    }
    return c == 0;
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() != 12) {
      return NumberCheck.invalid(id(), "must have 12 digits, has " + n.length() + " characters");
    }
    for (int i = 0; i < 12; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " must be a digit");
      }
    }
    if (n.charAt(0) == '0' || n.charAt(0) == '1') {
      return NumberCheck.invalid(id(), "must not start with 0 or 1");
    }
    if (!verhoeffValid(n)) {
      return NumberCheck.invalid(id(), "check digit does not match");
    }
    return NumberCheck.ok(id());
  }
}
