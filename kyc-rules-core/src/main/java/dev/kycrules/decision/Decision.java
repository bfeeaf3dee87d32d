package dev.kycrules.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer for one attempt: the outcome, every reason behind it, warnings that never change the
 * outcome, and the version of the rule set that produced it. {@code retryAfter} is set exactly when
 * the outcome is THROTTLED.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Decision(
    String attemptId,
    String accountId,
    Outcome outcome,
    Instant retryAfter,
    List<Reason> reasons,
    List<Reason> warnings,
    String ruleSetVersion,
    String locale) {

  public Decision {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    if ((outcome == Outcome.THROTTLED) != (retryAfter != null)) {
      throw new IllegalArgumentException("retryAfter must be set exactly when the outcome is THROTTLED");
    }
  }

  /**
   * The outcome that a set of reasons leads to: any FINAL gives REJECTED; otherwise any
   * MANUAL_REVIEW gives REVIEW; otherwise any COOLDOWN gives THROTTLED; otherwise any RETRYABLE
   * gives RETRY; otherwise APPROVED.
   */
  public static Outcome outcomeOf(List<Reason> reasons) {
    Set<Disposition> present = EnumSet.noneOf(Disposition.class);
    for (Reason r : reasons) {
      present.add(r.disposition());
    }
    if (present.contains(Disposition.FINAL)) {
      return Outcome.REJECTED;
    }
    if (present.contains(Disposition.MANUAL_REVIEW)) {
      return Outcome.REVIEW;
    }
    if (present.contains(Disposition.COOLDOWN)) {
      return Outcome.THROTTLED;
    }
    if (present.contains(Disposition.RETRYABLE)) {
      return Outcome.RETRY;
    }
    return Outcome.APPROVED;
  }

  /** The codes of the reasons, in order. */
  public List<String> codes() {
    return reasons.stream().map(Reason::code).toList();
  }

  /** The codes of the warnings, in order. */
  public List<String> warningCodes() {
    return warnings.stream().map(Reason::code).toList();
  }

  /** The reason with this code, or null. */
  public Reason reason(String code) {
    for (Reason r : reasons) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    return null;
  }
}
