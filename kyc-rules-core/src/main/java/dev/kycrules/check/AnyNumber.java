package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/** The fallback scheme: 4 to 20 letters or digits. */
public final class AnyNumber implements NumberScheme {
  @Override
  public String id() {
    return "GENERIC";
  }

  @Override
  public NumberCheck check(String n, PartialDate dateOfBirth) {
    if (n.length() < 4 || n.length() > 20) {
      return NumberCheck.invalid(id(), "must have 4 to 20 letters or digits, has " + n.length());
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        return NumberCheck.invalid(id(), "character " + (i + 1) + " is not a letter A-Z or a digit");
      }
    }
    return NumberCheck.ok(id());
  }
}
