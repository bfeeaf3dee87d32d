package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/**
 * Brazil's CPF taxpayer number, also the number of the new national identity card: nine digits
 * and two check digits, each a weighted sum modulo 11 where remainders 0 and 1 both give 0.
 * Numbers of one repeated digit pass the arithmetic but are not issued and are rejected.
 *
 * <p>Blind spots, because remainders 0 and 1 share a check digit: changing the first digit by 1
 * (its second weight, 11, vanishes modulo 11) or the sixth digit by 2 goes unnoticed when the
 * change moves the remainders between 0 and 1. Every other single-character change is detected.
 */
public final class BrazilCpf implements NumberScheme {
  @Override
  public String id() {
    return "BR_CPF";
  }

  /** The next check digit over {@code digits} (9 or 10 of them). */
  static char checkDigit(String digits) {
    int n = digits.length();
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (digits.charAt(i) - '0') * (n + 1 - i);
    }
    int r = sum % 11;
    return (char) ('0' + (r < 2 ? 0 : 11 - r));
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() != 11) {
      return NumberCheck.invalid(id(), "must have 11 digits, has " + n.length() + " characters");
    }
    for (int i = 0; i < 11; i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " must be a digit");
      }
    }
    if (n.chars().distinct().count() == 1) {
      return NumberCheck.invalid(id(), "a single repeated digit is not an issued number");
    }
    if (n.charAt(9) != checkDigit(n.substring(0, 9))) {
      return NumberCheck.invalid(id(), "first check digit does not match");
    }
    if (n.charAt(10) != checkDigit(n.substring(0, 10))) {
      return NumberCheck.invalid(id(), "second check digit does not match");
    }
    return NumberCheck.ok(id());
  }
}
