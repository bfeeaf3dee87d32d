package dev.kycrules.bench;

import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.model.Attempt;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.List;

/**
 * Heap retained by an engine: used heap after full GCs before anything of kyc-rules is loaded,
 * after building the engine from the shipped rules, and after deciding the 4096-attempt pool twice
 * (in-memory history and registry then hold one round of the pool). Run in a fresh JVM with
 * SerialGC so "used after GC" is exact.
 */
public final class MemProbe {
  static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long metaspace() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getName().equals("Metaspace")) {
        return p.getUsage().getUsed();
      }
    }
    return -1;
  }

  public static void main(String[] args) {
    List<Attempt> pool = Workload.pool(Workload.POOL); // generated before the baseline, not counted
    long base = used();
    long meta0 = metaspace();
    KycRulesEngine engine = KycRules.builder().build();
    engine.evaluate(pool.get(0));
    long built = used();
    for (int r = 0; r < 2; r++) {
      pool.forEach(engine::evaluate);
    }
    long after = used();
    long meta1 = metaspace();
    System.out.printf("baseline %.1f MB; engine built + 1 decision: +%.1f MB; after 2x%d decisions (stores hold the pool): +%.1f MB;"
        + " metaspace +%.1f MB%n", base / 1e6, (built - base) / 1e6, Workload.POOL, (after - base) / 1e6, (meta1 - meta0) / 1e6);
    engine.close();
  }
}
