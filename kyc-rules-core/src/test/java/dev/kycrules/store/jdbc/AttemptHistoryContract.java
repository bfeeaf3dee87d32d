package dev.kycrules.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.decision.Outcome;
import dev.kycrules.model.DocumentType;
import dev.kycrules.store.AttemptRecord;
import dev.kycrules.store.InMemoryAttemptHistory;
import dev.kycrules.store.StoreException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every JDBC attempt history must do, run against each database by a subclass. */
abstract class AttemptHistoryContract {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  TestDatabase db;
  DataSource ds;
  JdbcAttemptHistory history;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    db = newDatabase();
    ds = db.dataSource();
    JdbcSchema.apply(ds);
    history = new JdbcAttemptHistory(ds, 3);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  static AttemptRecord rec(String account, String attempt, Instant at, Outcome o, String... codes) {
    return new AttemptRecord(account, attempt, at, o, DocumentType.PASSPORT, List.of(codes));
  }

  @Test
  void recentReturnsTheAccountsWindowNewestFirstWithInclusiveBounds() {
    AttemptRecord a = rec("acct-1", "a", T0, Outcome.RETRY, "DOC_IMAGE_BLURRY", "DOC_IMAGE_GLARE");
    AttemptRecord b = rec("acct-1", "b", T0.plusSeconds(60), Outcome.REJECTED, "DOC_EXPIRED");
    AttemptRecord c = rec("acct-1", "c", T0.plusSeconds(120), Outcome.APPROVED);
    AttemptRecord d = rec("acct-1", "d", T0.plusSeconds(180), Outcome.RETRY);
    AttemptRecord other = rec("acct-2", "a", T0.plusSeconds(60), Outcome.RETRY);
    for (AttemptRecord r : List.of(c, a, d, b, other)) {
      history.record(r);
    }

    assertThat(history.recent("acct-1", T0, T0.plusSeconds(120))).containsExactly(c, b, a);
    assertThat(history.recent("acct-1", Instant.MIN, Instant.MAX)).containsExactly(d, c, b, a);
    assertThat(history.recent("acct-3", Instant.MIN, Instant.MAX)).isEmpty();
  }

  @Test
  void recordingTheSameAttemptTwiceKeepsOneRowWithTheLatestValues() {
    history.record(rec("acct-1", "a", T0, Outcome.RETRY, "DOC_IMAGE_BLURRY"));
    AttemptRecord again = rec("acct-1", "a", T0.plusSeconds(5), Outcome.REJECTED, "DOC_EXPIRED");
    history.record(again);
    history.record(again);
    history.record(rec("acct-2", "a", T0, Outcome.RETRY));

    assertThat(history.recent("acct-1", Instant.MIN, Instant.MAX)).containsExactly(again);
    assertThat(history.recent("acct-2", Instant.MIN, Instant.MAX)).hasSize(1);
  }

  @Test
  void timesAreKeptToTheMicrosecondAndTiesOrderByAttemptId() {
    Instant nanos = T0.plusNanos(789);
    history.record(rec("acct-1", "b", nanos, Outcome.RETRY));
    history.record(rec("acct-1", "a", nanos, Outcome.RETRY));
    assertThat(history.recent("acct-1", T0, T0))
        .extracting(AttemptRecord::attemptId, AttemptRecord::decidedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", T0.truncatedTo(ChronoUnit.MICROS)),
            org.assertj.core.groups.Tuple.tuple("b", T0.truncatedTo(ChronoUnit.MICROS)));
  }

  @Test
  void agreesWithTheInMemoryHistory() {
    InMemoryAttemptHistory memory = new InMemoryAttemptHistory();
    Outcome[] outcomes = Outcome.values();
    for (int i = 0; i < 40; i++) {
      AttemptRecord r =
          rec("acct-" + (i % 3), "att-" + (i % 17), T0.plusSeconds(i * 7 % 50), outcomes[i % 5], "C" + i);
      memory.record(r);
      history.record(r);
    }
    for (int a = 0; a < 3; a++) {
      assertThat(history.recent("acct-" + a, T0.plusSeconds(5), T0.plusSeconds(40)))
          .containsExactlyElementsOf(memory.recent("acct-" + a, T0.plusSeconds(5), T0.plusSeconds(40)));
    }
    assertThat(history.purgeBefore(T0.plusSeconds(20))).isEqualTo(memory.purgeBefore(T0.plusSeconds(20)));
  }

  @Test
  void purgeDeletesEverythingBeforeTheCutoffInBatches() {
    for (int i = 0; i < 10; i++) {
      history.record(rec("acct-" + (i % 2), "att-" + i, T0.plusSeconds(i), Outcome.RETRY));
    }
    // batch size 3: four batches, the last one partial, then an empty one
    assertThat(history.purgeBefore(T0.plusSeconds(8))).isEqualTo(8);
    assertThat(history.recent("acct-0", Instant.MIN, Instant.MAX))
        .extracting(AttemptRecord::attemptId)
        .containsExactly("att-8");
    assertThat(history.recent("acct-1", Instant.MIN, Instant.MAX))
        .extracting(AttemptRecord::attemptId)
        .containsExactly("att-9");
    assertThat(history.purgeBefore(T0)).isZero();
  }

  @Test
  void codesWithACommaAreRefused() {
    assertThatThrownBy(() -> history.record(rec("acct-1", "a", T0, Outcome.RETRY, "A,B")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailedWriteIsAStoreException() {
    TestDatabase.execute(ds, "DROP TABLE kyc_attempt_history");
    assertThatThrownBy(() -> history.record(rec("acct-secret-7", "a", T0, Outcome.APPROVED)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Could not record a decided attempt (SQLState 42")
        .hasMessageNotContaining("acct-secret-7");
  }
}
