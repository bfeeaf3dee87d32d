package dev.kycrules.policy;

import dev.kycrules.engine.KycException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers the rules compare against, keyed by reason code (for example
 * {@code DOC_IMAGE_BLURRY → 0.50}), a stricter set that replaces some of them once an account has
 * failed {@code stricterAfterFailures} times in the throttling window, per-country values that
 * replace standard ones for documents of that country, and the accepted-documents table. Immutable.
 */
public final class Policy {
  /** Limits the engine itself needs; a policy without them is rejected. */
  public static final java.util.List<String> REQUIRED = java.util.List.of(
      "ATTEMPT_COOLDOWN_ACTIVE", "ATTEMPT_COOLDOWN_ACTIVE.hours", "ATTEMPT_LIMIT_REACHED",
      "ATTEMPT_LIMIT_REACHED.days");

  private final Map<String, Double> limits;
  private final Map<String, Double> stricter;
  private final Map<String, Map<String, Double>> countryLimits;
  private final int stricterAfterFailures;
  private final AcceptedDocuments accepted;

  public Policy(Map<String, Double> limits, Map<String, Double> stricterLimits, int stricterAfterFailures,
      AcceptedDocuments accepted) {
    this(limits, stricterLimits, stricterAfterFailures, accepted, Map.of());
  }

  /**
   * A policy with per-country limits: for a document issued by a country listed in
   * {@code countryLimits}, its values replace the standard ones (the stricter set still replaces
   * both once an account has failed often). Throttling limits ({@code ATTEMPT_*}) apply to accounts,
   * not documents, and cannot be set per country.
   */
  public Policy(Map<String, Double> limits, Map<String, Double> stricterLimits, int stricterAfterFailures,
      AcceptedDocuments accepted, Map<String, Map<String, Double>> countryLimits) {
    Map<String, Map<String, Double>> byCountry = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> e : countryLimits.entrySet()) {
      String country = e.getKey();
      if (country == null || !country.matches("[A-Z]{2}")) {
        throw new KycException("policy: countries: '" + country + "' is not an ISO 3166-1 alpha-2 code such as \"DE\"");
      }
      for (String key : e.getValue().keySet()) {
        String why = notPerCountry(key);
        if (why != null) {
          throw new KycException("policy: countries." + country + "." + key + ": " + why);
        }
        if (!limits.containsKey(key)) {
          throw new KycException("policy: countries." + country + "." + key + " has no standard value in \"limits\"");
        }
      }
      byCountry.put(country, Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
    }
    this.countryLimits = Collections.unmodifiableMap(byCountry);
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

  /** Why {@code key} cannot be set per country, or null when it can. */
  public static String notPerCountry(String key) {
    if (key.startsWith("ATTEMPT_")) {
      return "throttling limits apply to accounts, not documents, and cannot be set per country";
    }
    if (key.equals("DATA_NAME_FUZZY")) {
      return "the name matcher's threshold is one for all countries and cannot be set per country";
    }
    return null;
  }

  /** Limits that replace standard ones for documents of a country, keyed by ISO country code. */
  public Map<String, Map<String, Double>> countryLimits() {
    return countryLimits;
  }

  /** The limits of {@code country} that replace standard ones; empty when it has none. */
  public Map<String, Double> limitsFor(String country) {
    Map<String, Double> m = country == null ? null : countryLimits.get(country);
    return m == null ? Map.of() : m;
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
    return new Policy(m, stricter, stricterAfterFailures, accepted, countryLimits);
  }
}
