package dev.kycrules.model;

import dev.kycrules.engine.KycException;

/**
 * An attempt (or one of its parts) was rejected while being built because a field is missing or
 * holds an impossible value. The message names the field and the problem, never the raw value of a
 * personal field.
 */
public final class InvalidAttemptException extends KycException {
  private final String field;
  private final String problem;

  public InvalidAttemptException(String field, String problem) {
    super(field.isEmpty() ? problem : field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The field path, for example {@code documentCapture.sharpness}. */
  public String field() {
    return field;
  }

  /** What is wrong with the field, in words a host developer can act on. */
  public String problem() {
    return problem;
  }

  /** Returns a copy whose field path is prefixed with {@code parent}, as in {@code parent.field}. */
  public InvalidAttemptException under(String parent) {
    return new InvalidAttemptException(parent.isEmpty() ? field : parent + "." + field, problem);
  }
}
