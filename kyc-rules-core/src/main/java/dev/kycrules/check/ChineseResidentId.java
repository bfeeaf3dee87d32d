package dev.kycrules.check;

import dev.kycrules.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Chinese resident identity number (GB 11643-1999): 17 digits and a check character (0-9 or X,
 * ISO 7064 MOD 11-2) with the holder's birth date at positions 7-14. The legacy 15-digit form (six
 * address digits, a two-digit-year birth date, three sequence digits, no check character) is also
 * accepted, its year read as 19xx.
 *
 * <p>Blind spots: none for the 18-character form, since every weight is non-zero modulo the prime
 * 11 and so every single-character change moves the check character. The legacy form has no check
 * character; only its length, alphabet and birth date are checked.
 */
public final class ChineseResidentId implements NumberScheme {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  @Override
  public String id() {
    return "CN_RIC";
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() == 15) {
      return checkLegacy(n, dateOfBirth);
    }
    if (n.length() != 18) {
      return NumberCheck.invalid(id(), "must have 18 characters (15 in the legacy form), has " + n.length());
    }
    for (int i = 0; i < 17; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " must be a digit");
      }
    }
    char last = n.charAt(17);
    if (!(last >= '0' && last <= '9') && last != 'X') {
      return NumberCheck.invalid(id(), "the last character must be a digit or X");
    }
    if (last != checkCharacter(n)) {
      return NumberCheck.invalid(id(), "check character does not match the first 17 digits");
    }
    return checkBirthDate(n.substring(6, 10), n.substring(10, 12), n.substring(12, 14), "7-14", dateOfBirth);
  }

  private NumberCheck checkLegacy(String n, PartialDate dateOfBirth) {
    for (int i = 0; i < 15; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " of the legacy 15-digit form must be a digit");
      }
    }
    return checkBirthDate("19" + n.substring(6, 8), n.substring(8, 10), n.substring(10, 12), "7-12", dateOfBirth);
  }

  private NumberCheck checkBirthDate(String y, String m, String d, String where, PartialDate dateOfBirth) {
    LocalDate embedded;
    try {
      embedded = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return NumberCheck.invalid(id(), "characters " + where + " are not a calendar date");
    }
    if (dateOfBirth != null && !dateOfBirth.agreesWith(embedded)) {
      return NumberCheck.invalid(id(), "the birth date inside the number differs from the document's date of birth");
    }
    return NumberCheck.ok(id());
  }
}
