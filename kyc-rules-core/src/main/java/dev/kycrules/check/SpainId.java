package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/**
 * Spain's DNI (eight digits and a letter) and NIE (X, Y or Z, seven digits and a letter). The
 * letter is the number modulo 23 looked up in a fixed table; for the NIE, X, Y and Z count as a
 * leading 0, 1 and 2. Each instance accepts only its own form.
 *
 * <p>Blind spots: none within one form, since 23 is prime and divides no single-digit change. A
 * leading X/0, Y/1 or Z/2 swap carries the same value but turns the number into the other form,
 * which the instance for this form rejects.
 */
public final class SpainId implements NumberScheme {
  private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  private final boolean nie;

  private SpainId(boolean nie) {
    this.nie = nie;
  }

  /** The citizen's national identity document number. */
  public static SpainId dni() {
    return new SpainId(false);
  }

  /** The foreigner's identity number. */
  public static SpainId nie() {
    return new SpainId(true);
  }

  @Override
  public String id() {
    return nie ? "ES_NIE" : "ES_DNI";
  }

  /** The control letter for eight digits, or for X/Y/Z and seven digits. */
  static char controlLetter(String number) {
    String first8 = number.substring(0, 8);
    char p = first8.charAt(0);
    String digits = p == 'X' ? "0" + first8.substring(1)
        : p == 'Y' ? "1" + first8.substring(1)
        : p == 'Z' ? "2" + first8.substring(1)
        : first8;
    return LETTERS.charAt(Integer.parseInt(digits) % 23);
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() != 9) {
      return NumberCheck.invalid(id(), "must have 9 characters, has " + n.length());
    }
    char first = n.charAt(0);
    if (nie && "XYZ".indexOf(first) < 0) {
      return NumberCheck.invalid(id(), "character 1 must be X, Y or Z");
    }
    if (!nie && (first < '0' || first > '9')) {
      return NumberCheck.invalid(id(), "character 1 must be a digit");
    }
    for (int i = 1; i < 8; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " must be a digit");
      }
    }
    if (LETTERS.indexOf(n.charAt(8)) < 0) {
      return NumberCheck.invalid(id(), "character 9 must be a control letter");
    }
    if (n.charAt(8) != controlLetter(n)) {
      return NumberCheck.invalid(id(), "control letter does not match");
    }
    return NumberCheck.ok(id());
  }
}
