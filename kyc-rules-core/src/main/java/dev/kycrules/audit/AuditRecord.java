package dev.kycrules.audit;

import dev.kycrules.decision.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an auditor needs to explain one decision later, without personal data: codes (never texts),
 * the rules that fired with the values they compared, the limits in force, the rule-set version and
 * the document's fingerprint prefix and masked number. No name, birth date or raw number.
 */
public record AuditRecord(
    String attemptId,
    String accountId,
    Instant submittedAt,
    Outcome outcome,
    Instant retryAfter,
    String ruleSetVersion,
    String policyTier,
    List<Fired> fired,
    List<String> warnings,
    String documentFingerprint,
    String documentNumberMasked,
    Map<String, Double> limits) {

  /** One rule that fired: its name, the code it raised and the evidence with personal values masked. */
  public record Fired(String rule, String code, Map<String, Object> evidence) {}

  public AuditRecord {
    fired = List.copyOf(fired);
    warnings = List.copyOf(warnings);
    limits = Map.copyOf(limits);
  }
}
