package dev.kycrules.policy;

import dev.kycrules.model.DocumentType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The policy as it applies to one attempt: the effective limits (standard or stricter), the
 * attempt's date, and the accepted-documents table. Rules reach it through the global
 * {@code policy}. Immutable.
 */
public final class EvaluationPolicy {
  /** Which set of limits is in force. */
  public enum Tier { STANDARD, STRICTER }

  private final Policy policy;
  private final Tier tier;
  private final LocalDate today;
  private final String documentCountry;
  private final Map<String, Double> country;

  public EvaluationPolicy(Policy policy, Tier tier, LocalDate today) {
    this(policy, tier, today, null);
  }

  /**
   * The policy for an attempt whose document was issued by {@code documentCountry} (may be null):
   * that country's limits replace the standard ones.
   */
  public EvaluationPolicy(Policy policy, Tier tier, LocalDate today, String documentCountry) {
    this.policy = policy;
    this.tier = tier;
    this.today = today;
    this.documentCountry = documentCountry;
    this.country = policy.limitsFor(documentCountry);
  }

  /** The issuing country of the attempt's document (ISO 3166-1 alpha-2), or null when not known. */
  public String documentCountry() {
    return documentCountry;
  }

  /** The limit for {@code key} in force for this attempt: stricter, else the country's, else standard. */
  public double limit(String key) {
    if (tier == Tier.STRICTER) {
      Double v = policy.stricterLimits().get(key);
      if (v != null) {
        return v;
      }
    }
    if (!country.isEmpty()) {
      Double v = country.get(key);
      if (v != null) {
        return v;
      }
    }
    return policy.limit(key);
  }

  /** Every limit in force, for audit records. */
  public Map<String, Double> effectiveLimits() {
    if (tier == Tier.STANDARD && country.isEmpty()) {
      return policy.limits();
    }
    Map<String, Double> m = new java.util.LinkedHashMap<>(policy.limits());
    m.putAll(country);
    if (tier == Tier.STRICTER) {
      m.putAll(policy.stricterLimits());
    }
    return m;
  }

  public Tier tier() {
    return tier;
  }

  /** The attempt's submission date (UTC): "today" for every date rule. */
  public LocalDate today() {
    return today;
  }

  /** Days from today to {@code date}; negative when the date has passed. */
  public long daysUntil(LocalDate date) {
    return ChronoUnit.DAYS.between(today, date);
  }

  /** Whole years between {@code date} and today. */
  public long yearsSince(LocalDate date) {
    return ChronoUnit.YEARS.between(date, today);
  }

  public boolean accepts(String country, DocumentType type) {
    return policy.accepted().accepts(country, type);
  }

  public boolean nonExpiringAllowed(String country, DocumentType type) {
    return policy.accepted().nonExpiringAllowed(country, type);
  }

  public List<DocumentType> acceptedTypes(String country) {
    return policy.accepted().acceptedTypes(country);
  }

  public Policy policy() {
    return policy;
  }
}
