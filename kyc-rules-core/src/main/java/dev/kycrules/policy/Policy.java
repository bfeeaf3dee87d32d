package dev.kycrules.policy;

import dev.kycrules.engine.KycException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers the rules compare against, keyed by reason code (for example
 * {@code DOC_IMAGE_BLURRY → 0.50}), a stricter set that replaces some of them once an account has
 * failed {@code stricterAfterFailures} times in the throttling window, and the accepted-documents
 * table. Immutable.
 */
public final class Policy {
  /** Limits the engine itself needs; a policy without them is rejected. */
  public static final java.util.List<String> REQUIRED = java.util.List.of(
      "ATTEMPT_COOLDOWN_ACTIVE", "ATTEMPT_COOLDOWN_ACTIVE.hours", "ATTEMPT_LIMIT_REACHED",
      "ATTEMPT_LIMIT_REACHED.days");

  private final Map<String, Double> limits;
  private final Map<String, Double> stricter;
  private final int stricterAfterFailures;
  private final AcceptedDocuments accepted;

  public Policy(Map<String, Double> limits, Map<String, Double> stricterLimits, int stricterAfterFailures,
      AcceptedDocuments accepted) {
    this.limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    this.stricter = Collections.unmodifiableMap(new LinkedHashMap<>(stricterLimits));
    this.stricterAfterFailures = stricterAfterFailures;
    this.accepted = Objects.requireNonNull(accepted, "accepted");
    for (String key : REQUIRED) {
      if (!limits.containsKey(key)) {
        throw new KycException("policy: limit '" + key + "' is required");
      }
    }
    for (String key : stricter.keySet()) {
      if (!limits.containsKey(key)) {
        throw new KycException("policy: stricter limit '" + key + "' has no standard value in \"limits\"");
      }
    }
    if (stricterAfterFailures < 1) {
      throw new KycException("policy: stricter.afterFailures must be at least 1, was " + stricterAfterFailures);
    }
  }

  /** The standard limits. */
  public Map<String, Double> limits() {
    return limits;
  }

  /** The limits that replace standard ones for accounts with recent failures. */
  public Map<String, Double> stricterLimits() {
    return stricter;
  }

  public int stricterAfterFailures() {
    return stricterAfterFailures;
  }

  public AcceptedDocuments accepted() {
    return accepted;
  }

  /** The standard value of {@code key}; fails when the policy has no such limit. */
  public double limit(String key) {
    Double v = limits.get(key);
    if (v == null) {
      throw new KycException("policy has no limit '" + key + "'; add it to policy.json");
    }
    return v;
  }

  /** Returns a copy with one standard limit replaced (used by tests and tuning tools). */
  public Policy withLimit(String key, double value) {
    Map<String, Double> m = new LinkedHashMap<>(limits);
    m.put(key, value);
    return new Policy(m, stricter, stricterAfterFailures, accepted);
  }
}
