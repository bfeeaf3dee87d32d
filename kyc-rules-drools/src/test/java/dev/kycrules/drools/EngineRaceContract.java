package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.decision.Reason;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.DocumentType;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.jdbc.JdbcAttemptHistory;
import dev.kycrules.store.jdbc.JdbcDocumentRegistry;
import dev.kycrules.store.jdbc.JdbcSchema;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two host instances: two {@link KycRulesEngine}s, each with its own connection pool, registry and
 * history over one database, and the same fingerprint key. Each document is submitted at the same
 * moment by two accounts, one through each engine: thread i of engine A and thread i of engine B
 * meet at a barrier before every evaluation. Every document has its own pair of accounts, so the
 * losers' failures never throttle a later attempt.
 */
abstract class EngineRaceContract {
  static final int THREADS_PER_ENGINE = 4;
  static final int DOCUMENTS = 300;
  static final String CLAIM_RULE = "Document claimed by another account at approval";

  abstract TestDatabase newDatabase();

  static String number(int d) {
    return String.format("RACE%06d", d);
  }

  static String account(int side, int d) {
    return "acc-" + d + (side == 0 ? "-a" : "-b");
  }

  /** A clean attempt with Spanish passport {@code number(d)} for {@code account(side, d)}. */
  static Attempt attempt(int side, int d) {
    Attempt a = Fixtures.clean("att-" + d + (side == 0 ? "-a" : "-b"), account(side, d));
    a = Fixtures.doc(a, doc -> Fixtures.docWith(doc, DocumentType.PASSPORT, "ES", number(d), doc.expiryDate()));
    return a.withApplicant(Fixtures.applicant(a.applicant(), a.applicant().fullName(), a.applicant().dateOfBirth(),
        "ES", DocumentType.PASSPORT, number(d)));
  }

  @RepeatedTest(3)
  void oneWinnerPerDocumentTheOtherRejectedEveryHistoryRowWritten() throws Exception {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    long started = System.nanoTime();
    try (TestDatabase db = newDatabase()) {
      Decision[][] decisions = new Decision[2][DOCUMENTS];
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_ENGINE);
      try (HikariDataSource poolA = db.pool("instance-a", THREADS_PER_ENGINE);
          HikariDataSource poolB = db.pool("instance-b", THREADS_PER_ENGINE)) {
        JdbcSchema.apply(poolA);
        JdbcSchema.apply(poolB); // a second instance starting: a no-op
        // Each instance builds its own Fingerprinter from the same configured key.
        KycRulesEngine[] engines = {engine(poolA, secret), engine(poolB, secret)};
        try {
          List<Future<?>> futures = new ArrayList<>();
          for (int t = 0; t < THREADS_PER_ENGINE; t++) {
            CyclicBarrier pair = new CyclicBarrier(2);
            for (int side = 0; side < 2; side++) {
              int thread = t;
              int s = side;
              futures.add(threads.submit(() -> {
                for (int d = thread; d < DOCUMENTS; d += THREADS_PER_ENGINE) {
                  try {
                    pair.await(30, TimeUnit.SECONDS);
                    decisions[s][d] = engines[s].evaluate(attempt(s, d));
                  } catch (Throwable e) {
                    errors.add(e);
                    pair.reset();
                    return;
                  }
                }
              }));
            }
          }
          for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS); // a deadlock or a hung evaluation fails here
          }
        } finally {
          threads.shutdownNow();
          assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
          engines[0].close();
          engines[1].close();
        }
        assertThat(errors).as("exceptions from evaluate").isEmpty();

        Fingerprinter fp = new Fingerprinter(List.of(new FingerprintKey("k1", secret)));
        Map<String, String> expectedOwner = new HashMap<>();
        Set<List<String>> expectedHistory = new HashSet<>();
        int caughtAtClaim = 0;
        int approvedA = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
          Decision a = decisions[0][d];
          Decision b = decisions[1][d];
          assertThat(List.of(a.outcome(), b.outcome())).as("document %d", d)
              .containsExactlyInAnyOrder(Outcome.APPROVED, Outcome.REJECTED);
          Decision winner = a.outcome() == Outcome.APPROVED ? a : b;
          Decision loser = winner == a ? b : a;
          approvedA += winner == a ? 1 : 0;
          assertThat(winner.codes()).as("document %d winner", d).isEmpty();
          assertThat(loser.codes()).as("document %d loser", d).containsExactly("DUP_DOCUMENT_OTHER_ACCOUNT");
          caughtAtClaim += loser.reasons().stream().map(Reason::rule).anyMatch(CLAIM_RULE::equals) ? 1 : 0;
          expectedOwner.put(fp.primary("ES", DocumentType.PASSPORT, number(d)).value(), winner.accountId());
          for (Decision x : List.of(a, b)) {
            expectedHistory.add(List.of(x.accountId(), x.attemptId(), x.outcome().name(), String.join(",", x.codes())));
          }
        }

        Map<String, String> owners = new HashMap<>();
        for (List<String> row : TestDatabase.rows(poolA, "SELECT fingerprint, account_id, key_id FROM kyc_document_owner")) {
          assertThat(owners.put(row.get(0), row.get(1))).as("one row per fingerprint").isNull();
          assertThat(row.get(2)).isEqualTo("k1");
        }
        assertThat(owners).as("registry rows: one per document, owned by the approved account")
            .hasSize(DOCUMENTS).isEqualTo(expectedOwner);

        List<List<String>> history = TestDatabase.rows(poolB,
            "SELECT account_id, attempt_id, outcome, codes FROM kyc_attempt_history");
        assertThat(history).as("history rows").hasSize(2 * DOCUMENTS);
        assertThat(new HashSet<>(history)).isEqualTo(expectedHistory);

        System.out.printf("%s engine race: %d documents, %d attempts, %d approved via engine A, %d losers caught"
            + " at the claim (the rest by the look-up), %d ms%n", db, DOCUMENTS, 2 * DOCUMENTS, approvedA,
            caughtAtClaim, Duration.ofNanos(System.nanoTime() - started).toMillis());
      }
    }
  }

  static KycRulesEngine engine(HikariDataSource pool, byte[] secret) {
    return KycRules.builder()
        .registry(new JdbcDocumentRegistry(pool))
        .history(new JdbcAttemptHistory(pool))
        .fingerprinter(new Fingerprinter(List.of(new FingerprintKey("k1", secret))))
        .sessionPool(THREADS_PER_ENGINE)
        .build();
  }
}
