package dev.kycrules.store.jdbc;

import dev.kycrules.decision.Outcome;
import dev.kycrules.model.DocumentType;
import dev.kycrules.store.AttemptHistory;
import dev.kycrules.store.AttemptRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The attempt history in table {@code kyc_attempt_history}, shared by every host instance that uses
 * the same database. Keeps only account id, attempt id, decision time (to the microsecond),
 * outcome, document type and reason codes. Thread-safe.
 *
 * <p>The tables must exist: see {@link JdbcSchema}.
 */
public final class JdbcAttemptHistory implements AttemptHistory {
  /** Served by index {@code kyc_attempt_history_account_time}. */
  static final String SELECT_RECENT =
      "SELECT attempt_id, decided_at, outcome, document_type, codes FROM kyc_attempt_history"
          + " WHERE account_id = ? AND decided_at >= ? AND decided_at <= ?"
          + " ORDER BY decided_at DESC, attempt_id";

  /** Rows deleted per purge statement, so no single transaction grows with the table. */
  static final int PURGE_BATCH = 10_000;

  private final Jdbc jdbc;
  private final int purgeBatch;

  /**
   * @param dataSource a pooled source of connections to a database where the kyc-rules schema is
   *     installed; the history borrows one connection per call
   */
  public JdbcAttemptHistory(DataSource dataSource) {
    this(dataSource, PURGE_BATCH);
  }

  JdbcAttemptHistory(DataSource dataSource, int purgeBatch) {
    this.jdbc = new Jdbc(dataSource);
    this.purgeBatch = purgeBatch;
  }

  @Override
  public List<AttemptRecord> recent(String accountId, Instant since, Instant until) {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    return jdbc.run(
        "read the attempt history",
        (c, d) -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT_RECENT)) {
            ps.setString(1, accountId);
            ps.setObject(2, Jdbc.timestamp(since));
            ps.setObject(3, Jdbc.timestamp(until));
            List<AttemptRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new AttemptRecord(
                        accountId,
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        Outcome.valueOf(rs.getString(3)),
                        DocumentType.valueOf(rs.getString(4)),
                        codes(rs.getString(5))));
              }
            }
            return out;
          }
        });
  }

  /**
   * Writes the record, replacing any earlier row for the same account and attempt id, and returns
   * only once the row is committed.
   *
   * @throws IllegalArgumentException when a reason code contains a comma
   * @throws dev.kycrules.store.StoreException when the row was not written; the caller must not
   *     report the attempt as decided
   */
  @Override
  public void record(AttemptRecord record) {
    Objects.requireNonNull(record, "record");
    for (String code : record.codes()) {
      if (code.indexOf(',') >= 0) {
        throw new IllegalArgumentException("reason codes must not contain ',': they are stored comma-separated");
      }
    }
    jdbc.run(
        "record a decided attempt",
        (c, d) -> {
          try (PreparedStatement ps = c.prepareStatement(d.upsertAttempt())) {
            ps.setString(1, record.accountId());
            ps.setString(2, record.attemptId());
            ps.setObject(3, Jdbc.timestamp(record.decidedAt()));
            ps.setString(4, record.outcome().name());
            ps.setString(5, record.documentType().name());
            ps.setString(6, String.join(",", record.codes()));
            ps.executeUpdate();
            return null;
          }
        });
  }

  /**
   * Deletes records decided before {@code cutoff} in batches of {@value #PURGE_BATCH} rows, each
   * committed on its own; safe to run while instances keep recording.
   */
  @Override
  public long purgeBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return jdbc.run(
        "purge the attempt history",
        (c, d) -> {
          long removed = 0;
          try (PreparedStatement ps = c.prepareStatement(d.deleteAttemptBatch())) {
            ps.setObject(1, Jdbc.timestamp(cutoff));
            ps.setInt(2, purgeBatch);
            int n;
            do {
              n = ps.executeUpdate();
              removed += n;
            } while (n > 0);
          }
          return removed;
        });
  }

  private static List<String> codes(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
