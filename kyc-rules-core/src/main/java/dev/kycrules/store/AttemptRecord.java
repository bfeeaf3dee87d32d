package dev.kycrules.store;

import dev.kycrules.decision.Outcome;
import dev.kycrules.model.DocumentType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the attempt history keeps about one decided attempt: only what throttling and remediation
 * need. No name, birth date or document number.
 */
public record AttemptRecord(
    String accountId,
    String attemptId,
    Instant decidedAt,
    Outcome outcome,
    DocumentType documentType,
    List<String> codes) {

  public AttemptRecord {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(documentType, "documentType");
    codes = List.copyOf(codes);
  }

  /** True for the outcomes that count as failures for throttling: RETRY and REJECTED. */
  public boolean failed() {
    return outcome == Outcome.RETRY || outcome == Outcome.REJECTED;
  }
}
