package dev.kycrules.testkit;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.decision.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Decision}. Every failure message shows the whole decision as
 * {@code OUTCOME reasons [CODE {evidence}] warnings [...]}, which is usually enough to see why.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

  DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }

  public DecisionAssert isApproved() {
    return hasOutcome(Outcome.APPROVED);
  }

  public DecisionAssert isRetry() {
    return hasOutcome(Outcome.RETRY);
  }

  public DecisionAssert isThrottled() {
    return hasOutcome(Outcome.THROTTLED);
  }

  public DecisionAssert isReview() {
    return hasOutcome(Outcome.REVIEW);
  }

  public DecisionAssert isRejected() {
    return hasOutcome(Outcome.REJECTED);
  }

  public DecisionAssert hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage("expected outcome %s but the decision was%n  %s", expected, describe(actual));
    }
    return this;
  }

  /** The reasons include {@code code} (warnings do not count). */
  public DecisionAssert hasReason(String code) {
    isNotNull();
    if (!actual.codes().contains(code)) {
      failWithMessage("expected reason %s but the decision was%n  %s", code, describe(actual));
    }
    return this;
  }

  /** The reasons include every one of {@code codes}, in any order. */
  public DecisionAssert hasReasons(String... codes) {
    isNotNull();
    List<String> missing = new ArrayList<>(Arrays.asList(codes));
    missing.removeAll(actual.codes());
    if (!missing.isEmpty()) {
      failWithMessage("expected reasons %s, missing %s; the decision was%n  %s", List.of(codes), missing, describe(actual));
    }
    return this;
  }

  /** The reasons are exactly {@code codes}, in any order. */
  public DecisionAssert hasOnlyReasons(String... codes) {
    isNotNull();
    List<String> want = Arrays.stream(codes).sorted().toList();
    List<String> got = actual.codes().stream().sorted().toList();
    if (!want.equals(got)) {
      failWithMessage("expected only the reasons %s but the decision was%n  %s", want, describe(actual));
    }
    return this;
  }

  public DecisionAssert doesNotHaveReason(String code) {
    isNotNull();
    if (actual.codes().contains(code)) {
      failWithMessage("expected no reason %s but the decision was%n  %s", code, describe(actual));
    }
    return this;
  }

  public DecisionAssert hasNoReasons() {
    isNotNull();
    if (!actual.reasons().isEmpty()) {
      failWithMessage("expected no reasons but the decision was%n  %s", describe(actual));
    }
    return this;
  }

  public DecisionAssert hasWarning(String code) {
    isNotNull();
    if (!actual.warningCodes().contains(code)) {
      failWithMessage("expected warning %s but the decision was%n  %s", code, describe(actual));
    }
    return this;
  }

  public DecisionAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage("expected no warnings but the decision was%n  %s", describe(actual));
    }
    return this;
  }

  /** The reason {@code code} carries evidence {@code key} equal to {@code value}. */
  public DecisionAssert hasEvidence(String code, String key, Object value) {
    hasReason(code);
    Object found = actual.reason(code).evidence().value(key);
    if (!Objects.equals(found, value)) {
      failWithMessage("expected evidence %s=%s on %s but the decision was%n  %s", key, value, code, describe(actual));
    }
    return this;
  }

  /** The outcome is THROTTLED and {@code retryAfter} is {@code expected}. */
  public DecisionAssert hasRetryAfter(Instant expected) {
    isThrottled();
    if (!expected.equals(actual.retryAfter())) {
      failWithMessage("expected retryAfter %s but the decision was%n  %s", expected, describe(actual));
    }
    return this;
  }

  /** One line per decision: outcome, retryAfter, reasons with evidence, warnings. */
  static String describe(Decision d) {
    StringBuilder b = new StringBuilder().append(d.outcome());
    if (d.retryAfter() != null) {
      b.append(" until ").append(d.retryAfter());
    }
    b.append(" reasons ").append(list(d.reasons())).append(" warnings ").append(list(d.warnings()));
    return b.toString();
  }

  private static String list(List<Reason> reasons) {
    return reasons.stream().map(r -> r.code() + " " + r.evidence()).collect(Collectors.joining(", ", "[", "]"));
  }
}
