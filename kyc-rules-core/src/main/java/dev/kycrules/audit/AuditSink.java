package dev.kycrules.audit;

/**
 * Receives one {@link AuditRecord} per decision. Called on the evaluating thread after the
 * decision is final; implementations must be thread-safe and should be fast.
 */
@FunctionalInterface
public interface AuditSink {
  /** A sink that drops every record. */
  AuditSink NONE = r -> {};

  void record(AuditRecord record);
}
