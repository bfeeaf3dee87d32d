package dev.kycrules.bench;

import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.PartialDate;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Cold JVM to first decision from the shipped (precompiled) rules. Prints the JVM's own start-up
 * (uptime when main starts), the engine build, the first decision, and uptime at the first
 * decision. {@code bench/run.sh} also times the whole process from outside.
 */
public final class ColdStart {
  public static void main(String[] args) {
    long mainAt = ManagementFactory.getRuntimeMXBean().getUptime();
    long t0 = System.nanoTime();
    Attempt a = new Attempt("cold-1", Instant.parse("2026-11-25T10:00:00Z"),
        new Applicant("acc-cold", "Maria Garcia Lopez", LocalDate.of(1988, 4, 21), "ES", DocumentType.PASSPORT, "PQ7897435"),
        new DocumentData(DocumentType.PASSPORT, "ES", "PQ7897435", "GARCIA LOPEZ MARIA", PartialDate.parse("1988-04-21"),
            LocalDate.of(2021, 6, 1), LocalDate.of(2031, 5, 31)), null, null);
    KycRulesEngine engine = KycRules.builder().build();
    long t1 = System.nanoTime();
    Decision d = engine.evaluate(a);
    long t2 = System.nanoTime();
    long up = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf("jvm-to-main %d ms, build %d ms, first decision %d ms, jvm-start-to-first-decision %d ms (%s)%n",
        mainAt, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, up, d.outcome());
    engine.close();
  }
}
