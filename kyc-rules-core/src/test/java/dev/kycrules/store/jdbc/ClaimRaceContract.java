package dev.kycrules.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kycrules.model.DocumentType;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.Fingerprinter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two host "instances", each with its own connection pool and registry, claim the same documents
 * for two different accounts at the same moment. Thread i of instance 1 and thread i of instance
 * 2 meet at a barrier before every claim, so both claims of a document hit the database together.
 */
abstract class ClaimRaceContract {
  static final int THREADS_PER_INSTANCE = 4;
  static final int DOCUMENTS = 300;
  /** Every fifth document was claimed under the old key before the race, by a third account. */
  static final int PRE_CLAIMED_EVERY = 5;

  abstract TestDatabase newDatabase();

  @RepeatedTest(3)
  void exactlyOneOwnerPerDocumentAndTheLoserIsToldWho() throws Exception {
    FingerprintKey oldKey = FingerprintKey.random("old");
    Fingerprinter before = new Fingerprinter(List.of(oldKey));
    Fingerprinter now = new Fingerprinter(List.of(oldKey, FingerprintKey.random("new")));

    try (TestDatabase db = newDatabase()) {
      JdbcSchema.apply(db.dataSource());
      String[][] results = new String[2][DOCUMENTS];
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
      try (HikariDataSource earlier = db.pool("earlier", 1);
          HikariDataSource one = db.pool("instance-1", THREADS_PER_INSTANCE);
          HikariDataSource two = db.pool("instance-2", THREADS_PER_INSTANCE)) {
        JdbcDocumentRegistry setup = new JdbcDocumentRegistry(earlier);
        for (int d = 0; d < DOCUMENTS; d += PRE_CLAIMED_EVERY) {
          claim(setup, before, d, "acct-earlier-" + d);
        }
        JdbcDocumentRegistry[] instances = {
          new JdbcDocumentRegistry(one), new JdbcDocumentRegistry(two)
        };
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
          CyclicBarrier pair = new CyclicBarrier(2);
          for (int side = 0; side < 2; side++) {
            int thread = t;
            int s = side;
            futures.add(
                pool.submit(
                    () -> {
                      for (int d = thread; d < DOCUMENTS; d += THREADS_PER_INSTANCE) {
                        try {
                          pair.await(30, TimeUnit.SECONDS);
                          results[s][d] = claim(instances[s], now, d, account(s, d));
                        } catch (Throwable e) {
                          errors.add(e);
                          return;
                        }
                      }
                    }));
          }
        }
        for (Future<?> f : futures) {
          f.get(120, TimeUnit.SECONDS); // a deadlock or a hung claim fails here
        }
        pool.shutdown();

        assertThat(errors).isEmpty();
        check(db, results, setup, now);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static void check(
      TestDatabase db, String[][] results, JdbcDocumentRegistry registry, Fingerprinter now)
      throws Exception {
    int wonByOne = 0;
    for (int d = 0; d < DOCUMENTS; d++) {
      String owner = results[0][d];
      assertThat(results[1][d]).as("both instances agree on the owner of document %d", d).isEqualTo(owner);
      if (d % PRE_CLAIMED_EVERY == 0) {
        assertThat(owner).isEqualTo("acct-earlier-" + d);
      } else {
        assertThat(owner).isIn(account(0, d), account(1, d));
        wonByOne += owner.equals(account(0, d)) ? 1 : 0;
      }
      assertThat(registry.ownerOf(now.all("FR", DocumentType.NATIONAL_ID, number(d)))).contains(owner);
    }
    // one row per document: the pre-claimed ones under the old key only
    int preClaimed = DOCUMENTS / PRE_CLAIMED_EVERY;
    assertThat(count(db, "SELECT COUNT(*) FROM kyc_document_owner")).isEqualTo(DOCUMENTS);
    assertThat(count(db, "SELECT COUNT(*) FROM kyc_document_owner WHERE key_id = 'old'"))
        .isEqualTo(preClaimed);
    System.out.printf(
        "%s race: %d documents, instance 1 won %d, instance 2 won %d, %d pre-claimed%n",
        db, DOCUMENTS, wonByOne, DOCUMENTS - preClaimed - wonByOne, preClaimed);
  }

  private static String claim(JdbcDocumentRegistry r, Fingerprinter f, int d, String account) {
    return r.claim(
        f.primary("FR", DocumentType.NATIONAL_ID, number(d)),
        f.all("FR", DocumentType.NATIONAL_ID, number(d)),
        account);
  }

  private static String number(int d) {
    return String.format("RACE%06d", d);
  }

  private static String account(int side, int d) {
    return "acct-" + (side == 0 ? "one" : "two") + "-" + d;
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
