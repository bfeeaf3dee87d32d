package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.kycrules.audit.AuditRecord;
import dev.kycrules.decision.Outcome;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.StoreException;
import dev.kycrules.store.jdbc.JdbcAttemptHistory;
import dev.kycrules.store.jdbc.JdbcDocumentRegistry;
import dev.kycrules.store.jdbc.JdbcSchema;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database failure reaches the host as a {@link StoreException} from {@code evaluate}, with a
 * message that says what failed and what to do; no decision is returned and none is audited.
 */
class StoreFailureTest {
  private final List<AuditRecord> audited = new CopyOnWriteArrayList<>();

  private KycRulesEngine engine(DataSource ds) {
    return KycRules.builder()
        .registry(new JdbcDocumentRegistry(ds))
        .history(new JdbcAttemptHistory(ds))
        .fingerprinter(new Fingerprinter(List.of(FingerprintKey.random("k1"))))
        .audit(audited::add)
        .build();
  }

  @Test
  void unreachableDatabaseIsAStoreExceptionSayingSo() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl("jdbc:postgresql://127.0.0.1:1/kyc?connectTimeout=2"); // nothing listens on port 1
    try (KycRulesEngine e = engine(ds)) {
      assertThatThrownBy(() -> e.evaluate(Fixtures.clean()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("SQLState 08")
          .hasMessageContaining("the database could not be reached")
          .hasMessageContaining("The attempt was not decided");
    }
    assertThat(audited).isEmpty();
  }

  @Test
  void closedPoolIsAStoreException() {
    try (TestDatabase db = TestDatabase.h2()) {
      HikariDataSource pool = db.pool("closing", 2);
      JdbcSchema.apply(pool);
      try (KycRulesEngine e = engine(pool)) {
        assertThat(e.evaluate(Fixtures.clean("att-1", "acc-1")).outcome()).isEqualTo(Outcome.APPROVED);
        pool.close();
        assertThatThrownBy(() -> e.evaluate(Fixtures.clean("att-2", "acc-2")))
            .isInstanceOf(StoreException.class)
            .hasMessageStartingWith("Could not read the attempt history")
            .hasMessageContaining("The attempt was not decided");
      }
    }
    assertThat(audited).hasSize(1);
  }

  @Test
  void failedHistoryWriteMeansNoDecisionAndARetryIsSafe() {
    try (TestDatabase db = TestDatabase.h2(); HikariDataSource pool = db.pool("history-fails", 2)) {
      JdbcSchema.apply(pool);
      // Reads keep working; every insert into the history breaks a constraint.
      TestDatabase.execute(pool, "ALTER TABLE kyc_attempt_history ADD CONSTRAINT no_writes CHECK (outcome = 'NONE')");
      try (KycRulesEngine e = engine(pool)) {
        assertThatThrownBy(() -> e.evaluate(Fixtures.clean("att-1", "acc-1")))
            .isInstanceOf(StoreException.class)
            .hasMessageStartingWith("Could not record a decided attempt")
            .hasMessageContaining("The attempt was not decided");
        assertThat(audited).as("no decision audited").isEmpty();
        assertThat(TestDatabase.rows(pool, "SELECT COUNT(*) FROM kyc_attempt_history")).containsExactly(List.of("0"));
        // The claim was made before the history write failed; the same account trying again wins it
        // again (claims by the owner are idempotent) and this time the decision is recorded.
        TestDatabase.execute(pool, "ALTER TABLE kyc_attempt_history DROP CONSTRAINT no_writes");
        assertThat(e.evaluate(Fixtures.clean("att-1", "acc-1")).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(TestDatabase.rows(pool, "SELECT account_id, outcome FROM kyc_attempt_history"))
            .containsExactly(List.of("acc-1", "APPROVED"));
        assertThat(audited).hasSize(1);
      }
    }
  }
}
