package dev.kycrules.decision;

/** The overall result of one attempt. */
public enum Outcome {
  /** Every check passed. */
  APPROVED,
  /** The person can fix the problems and try again now. */
  RETRY,
  /** Too many recent failures: the person must wait until {@code retryAfter}. */
  THROTTLED,
  /** A person at the host must look at the attempt. */
  REVIEW,
  /** The attempt cannot succeed with this document or this account. */
  REJECTED
}
