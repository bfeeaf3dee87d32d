package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/**
 * The Taiwan (ROC) national identification number and resident certificate number: a letter, a
 * second character (1 or 2 for citizens, 8 or 9 on newer resident certificates, A-D on older ones),
 * seven digits and a check digit. The letter's two-digit code counts its tens once and its units
 * nine times, the next eight characters count with weights 8 to 1, the check digit once, and the
 * total must be a multiple of 10.
 *
 * <p>Blind spots, because 10 shares factors with several weights: a first letter replaced by one
 * whose code gives the same tens + 9 x units modulo 10 (for example A, M and W); at position 2,
 * 1/B and 2/C (same value) and 8/D (values 5 apart); a digit at position 4, 6 or 8 (even weight)
 * replaced by one 5 away; a digit at position 5 (weight 5) replaced by one of the same parity.
 * Positions 3, 7, 9 and 10 detect every change.
 */
public final class TaiwanId implements NumberScheme {
  /** Letter codes A..Z; I, O and W..Z are out of sequence. */
  private static final int[] CODES = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24,
      25, 26, 27, 28, 29, 32, 30, 31, 33};

  @Override
  public String id() {
    return "TW_NID";
  }

  static int letterValue(char c) {
    int code = CODES[c - 'A'];
    return code / 10 + 9 * (code % 10);
  }

  /** The value of the second character: digits as themselves, A-D through their letter code's units. */
  static int secondValue(char c) {
    return Character.isDigit(c) ? c - '0' : CODES[c - 'A'] % 10;
  }

  /** The weight at 1-based position 2..10. */
  static int weight(int position) {
    return position == 10 ? 1 : 10 - position;
  }

  /** The check digit for the first nine characters. */
  static char checkDigit(String first9) {
    int sum = letterValue(first9.charAt(0)) + secondValue(first9.charAt(1)) * 8;
    for (int p = 3; p <= 9; p++) {
      sum += (first9.charAt(p - 1) - '0') * weight(p);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() != 10) {
      return NumberCheck.invalid(id(), "must have 10 characters, has " + n.length());
    }
    if (n.charAt(0) < 'A' || n.charAt(0) > 'Z') {
      return NumberCheck.invalid(id(), "character 1 must be a letter");
    }
    if ("1289ABCD".indexOf(n.charAt(1)) < 0) {
      return NumberCheck.invalid(id(), "character 2 must be 1, 2, 8, 9 or A-D");
    }
    for (int i = 2; i < 10; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " must be a digit");
      }
    }
    if (n.charAt(9) != checkDigit(n)) {
      return NumberCheck.invalid(id(), "check digit does not match");
    }
    return NumberCheck.ok(id());
  }
}
