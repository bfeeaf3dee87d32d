package dev.kycrules.decision;

/**
 * What a reason does to the outcome. The outcome follows the strongest disposition present:
 * FINAL, then MANUAL_REVIEW, then COOLDOWN, then RETRYABLE. WARNING never changes the outcome.
 */
public enum Disposition {
  RETRYABLE,
  COOLDOWN,
  MANUAL_REVIEW,
  FINAL,
  /** Reported in {@code warnings}; never changes the outcome. */
  WARNING
}
