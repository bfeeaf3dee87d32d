package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/**
 * The Singapore NRIC (prefix S or T, citizens and permanent residents) and FIN (F, G or M,
 * foreigners; M from 2022): prefix, seven digits and a check letter. The digits are weighted
 * 2 7 6 5 4 3 2, T and G add 4, M adds 3, and the remainder modulo 11 picks the letter from a table
 * that depends on the prefix. Each instance accepts only its own prefixes.
 *
 * <p>Blind spots: none. Digit changes shift the sum by a non-multiple of 11, check letters are
 * distinct within a table, and the prefix tables never agree once the offsets are applied.
 */
public final class SingaporeId implements NumberScheme {
  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
  private final String id;
  private final String prefixes;

  private SingaporeId(String id, String prefixes) {
    this.id = id;
    this.prefixes = prefixes;
  }

  /** The identity card number of citizens and permanent residents (S, T). */
  public static SingaporeId nric() {
    return new SingaporeId("SG_NRIC", "ST");
  }

  /** The foreign identification number (F, G, M). */
  public static SingaporeId fin() {
    return new SingaporeId("SG_FIN", "FGM");
  }

  @Override
  public String id() {
    return id;
  }

  /** The check letter for a prefix and seven digits. */
  static char checkLetter(String first8) {
    char p = first8.charAt(0);
    int sum = switch (p) {
      case 'T', 'G' -> 4;
      case 'M' -> 3;
      default -> 0;
    };
    for (int i = 0; i < 7; i++) {
      sum += (first8.charAt(i + 1) - '0') * WEIGHTS[i];
    }
    String table = switch (p) {
      case 'S', 'T' -> "JZIHGFEDCBA";
      case 'M' -> "XWUTRQPNJLK";
      default -> "XWUTRQPNMLK";
    };
    return table.charAt(sum % 11);
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() != 9) {
      return NumberCheck.invalid(id, "must have 9 characters, has " + n.length());
    }
    if (prefixes.indexOf(n.charAt(0)) < 0) {
      return NumberCheck.invalid(id, "character 1 must be one of " + String.join(", ", prefixes.split("")));
    }
    for (int i = 1; i < 8; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id, "character " + (i + 1) + " must be a digit");
      }
    }
    if (n.charAt(8) != checkLetter(n)) {
      return NumberCheck.invalid(id, "check letter does not match");
    }
    return NumberCheck.ok(id);
  }
}
