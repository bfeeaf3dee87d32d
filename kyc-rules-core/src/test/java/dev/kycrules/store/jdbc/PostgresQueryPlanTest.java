package dev.kycrules.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The look-ups the engine makes on every attempt use the indexes: shown with EXPLAIN on a real
 * PostgreSQL after enough rows and ANALYZE. The plans are printed to the test output and copied
 * into docs/DATABASE.md.
 */
@ExtendWith(PostgresServer.Resolver.class)
class PostgresQueryPlanTest {
  static final int ACCOUNTS = 10_000;
  static final int ATTEMPTS_PER_ACCOUNT = 10;
  static final int DOCUMENTS = 100_000;

  private static TestDatabase db;

  @BeforeAll
  static void fill(PostgresServer server) throws SQLException {
    db = TestDatabase.postgres(server);
    JdbcSchema.apply(db.dataSource());
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO kyc_attempt_history"
              + " SELECT 'acct-' || (n % " + ACCOUNTS + "), 'att-' || n,"
              + " TIMESTAMPTZ '2026-01-01 00:00:00+00' + n * INTERVAL '1 minute',"
              + " 'RETRY', 'PASSPORT', 'DOC_IMAGE_BLURRY'"
              + " FROM generate_series(1, " + ACCOUNTS * ATTEMPTS_PER_ACCOUNT + ") AS n");
      s.execute(
          "INSERT INTO kyc_document_owner (fingerprint, key_id, account_id)"
              + " SELECT encode(sha256(n::text::bytea), 'hex'), 'A', 'acct-' || n"
              + " FROM generate_series(1, " + DOCUMENTS + ") AS n");
      s.execute("ANALYZE kyc_attempt_history");
      s.execute("ANALYZE kyc_document_owner");
    }
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void historyLookupUsesTheAccountTimeIndex() throws SQLException {
    String plan =
        explain(
            JdbcAttemptHistory.SELECT_RECENT,
            "acct-42",
            OffsetDateTime.parse("2026-02-01T00:00:00Z"),
            OffsetDateTime.parse("2026-03-01T00:00:00Z"));
    assertThat(plan)
        .containsPattern("Index Scan (using|on) kyc_attempt_history_account_time")
        .doesNotContain("Seq Scan");
  }

  @Test
  void registryLookupUsesTheFingerprintKey() throws SQLException {
    String plan =
        explain(
            String.format(JdbcDocumentRegistry.SELECT_OWNER, Jdbc.placeholders(2)),
            "a".repeat(64),
            "b".repeat(64));
    assertThat(plan)
        .containsPattern("Index Scan (using|on) kyc_document_owner_pkey")
        .doesNotContain("Seq Scan");
  }

  @Test
  void purgeBatchUsesTheTimeIndex() throws SQLException {
    String plan =
        explain(
            Dialect.POSTGRESQL.deleteAttemptBatch(),
            OffsetDateTime.ofInstant(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC),
            JdbcAttemptHistory.PURGE_BATCH);
    assertThat(plan)
        .contains("Tid Scan")
        .contains("Index Scan using kyc_attempt_history_decided_at")
        .doesNotContain("Seq Scan");
  }

  private static String explain(String sql, Object... params) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.append(rs.getString(1)).append('\n');
        }
      }
    }
    System.out.println("EXPLAIN " + sql + "\n" + out);
    return out.toString();
  }
}
