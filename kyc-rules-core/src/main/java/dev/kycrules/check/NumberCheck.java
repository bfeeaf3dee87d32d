package dev.kycrules.check;

import java.util.Objects;

/**
 * The document's number checked against the scheme for its country and type: which scheme, whether
 * the number is valid, and when not, what failed.
 */
public record NumberCheck(String scheme, boolean valid, String problem) {
  public NumberCheck {
    Objects.requireNonNull(scheme, "scheme");
    if (!valid) {
      Objects.requireNonNull(problem, "problem");
    }
  }

  public static NumberCheck ok(String scheme) {
    return new NumberCheck(scheme, true, null);
  }

  public static NumberCheck invalid(String scheme, String problem) {
    return new NumberCheck(scheme, false, problem);
  }
}
