package dev.kycrules.check;

import java.time.Instant;

/**
 * What throttling needs to know about an account's recent attempts, measured at the attempt's
 * submission time: failures (RETRY or REJECTED) in the policy window, failures in a row among the
 * latest decided attempts, hours since the newest failure (a large number when there is none), and
 * failures in the window with the same document type as this attempt.
 */
public record AttemptStats(
    String accountId,
    int failuresInWindow,
    int consecutiveFailures,
    double hoursSinceLastFailure,
    Instant lastFailureAt,
    int sameTypeFailures) {

  /** Stats for an account with no history. */
  public static AttemptStats none(String accountId) {
    return new AttemptStats(accountId, 0, 0, Double.MAX_VALUE, null, 0);
  }
}
