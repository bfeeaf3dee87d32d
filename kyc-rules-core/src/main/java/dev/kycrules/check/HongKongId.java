package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/**
 * The Hong Kong identity card number: one or two letters, six digits and a check character (0-9 or
 * A) usually printed in parentheses, which normalisation removes. The check is a weighted sum
 * modulo 11 with letters worth 10-35 and a missing second letter worth 36.
 *
 * <p>Blind spots: replacing a prefix letter with one whose value differs by 11 or 22 (A/L/W, B/M/X,
 * C/N/Y, D/O/Z, E/P, F/Q, G/R, H/S, I/T, J/U, K/V) leaves the sum unchanged modulo 11. Every other
 * single-character change is detected.
 */
public final class HongKongId implements NumberScheme {
  @Override
  public String id() {
    return "HK_HKID";
  }

  /** The check character for a body of one or two letters and six digits. */
  static char checkCharacter(String body) {
    String padded = body.length() == 7 ? " " + body : body;
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = padded.charAt(i);
      int v = c == ' ' ? 36 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += v * (9 - i);
    }
    int r = (11 - sum % 11) % 11;
    return r == 10 ? 'A' : (char) ('0' + r);
  }

  /** True when the letters sit at distance 11 or 22, the scheme's blind spot. */
  static boolean lettersCollide(char a, char b) {
    return a != b && Character.isLetter(a) && Character.isLetter(b) && Math.abs(a - b) % 11 == 0;
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() != 8 && n.length() != 9) {
      return NumberCheck.invalid(id(), "must have 8 or 9 characters, has " + n.length());
    }
    int letters = n.length() - 7;
    for (int i = 0; i < n.length() - 1; i++) {
      char c = n.charAt(i);
      boolean ok = i < letters ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
      if (!ok) {
        return NumberCheck.invalid(id(), "character " + (i + 1) + (i < letters ? " must be a letter" : " must be a digit"));
      }
    }
    char last = n.charAt(n.length() - 1);
    if (!(last >= '0' && last <= '9') && last != 'A') {
      return NumberCheck.invalid(id(), "the check character must be a digit or A");
    }
    if (last != checkCharacter(n.substring(0, n.length() - 1))) {
      return NumberCheck.invalid(id(), "check character does not match");
    }
    return NumberCheck.ok(id());
  }
}
