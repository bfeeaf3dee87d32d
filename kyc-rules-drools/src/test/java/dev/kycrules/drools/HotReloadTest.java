package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading a rule-set directory under load: no failed evaluation, no leak. */
class HotReloadTest {
  @TempDir
  Path tmp;

  private Path init() {
    Path dir = tmp.resolve("rules-" + System.nanoTime());
    KycRules.writeShippedRules(dir);
    return dir;
  }

  /** Sets the blurry limit: 0.95 makes the clean fixture (sharpness 0.9) blurry, 0.50 does not. */
  private static void blurryLimit(Path dir, String value) throws IOException {
    Path p = dir.resolve("policy.json");
    Files.writeString(p, Files.readString(p).replaceFirst("\"DOC_IMAGE_BLURRY\": [0-9.]+", "\"DOC_IMAGE_BLURRY\": " + value));
  }

  private static void breakDrl(Path dir, boolean broken) throws IOException {
    Path p = dir.resolve("rules/photo-quality.drl");
    String s = Files.readString(p);
    Files.writeString(p, broken ? s.replace("glare > policy.limit(\"DOC_IMAGE_GLARE\") )", "glare > policy.limit(\"DOC_IMAGE_GLARE\") ")
        : s.replace("glare > policy.limit(\"DOC_IMAGE_GLARE\") \n", "glare > policy.limit(\"DOC_IMAGE_GLARE\") )\n"));
  }

  private static boolean blurry(Decision d) {
    return d.codes().contains("DOC_IMAGE_BLURRY");
  }

  @Test
  void reloadOnDemandSwapsGoodEditsAndRejectsBrokenOnes() throws Exception {
    Path dir = init();
    List<ReloadResult> heard = new CopyOnWriteArrayList<>();
    try (KycRulesEngine engine = KycRules.builder().rules(dir).reloadListener(heard::add).build()) {
      String v1 = engine.ruleSetVersion();
      assertThat(engine.reload().get(60, TimeUnit.SECONDS).status()).isEqualTo(ReloadResult.Status.UNCHANGED);
      assertThat(blurry(engine.evaluate(Fixtures.clean("a1", "acc-1")))).isFalse();

      blurryLimit(dir, "0.95");
      ReloadResult good = engine.reload().get(60, TimeUnit.SECONDS);
      assertThat(good.status()).isEqualTo(ReloadResult.Status.RELOADED);
      assertThat(good.previousVersion()).isEqualTo(v1);
      assertThat(engine.ruleSetVersion()).isEqualTo(good.version()).isNotEqualTo(v1);
      Decision d = engine.evaluate(Fixtures.clean("a2", "acc-2"));
      assertThat(blurry(d)).isTrue();
      assertThat(d.ruleSetVersion()).isEqualTo(good.version());

      breakDrl(dir, true);
      ReloadResult bad = engine.reload().get(60, TimeUnit.SECONDS);
      assertThat(bad.status()).isEqualTo(ReloadResult.Status.REJECTED);
      assertThat(bad.diagnostics()).anyMatch(x -> x.file().equals("rules/photo-quality.drl") && x.line() > 0);
      assertThat(engine.ruleSetVersion()).isEqualTo(good.version());
      assertThat(blurry(engine.evaluate(Fixtures.clean("a3", "acc-3")))).isTrue();
      assertThat(heard).extracting(ReloadResult::status).containsExactly(ReloadResult.Status.UNCHANGED,
          ReloadResult.Status.RELOADED, ReloadResult.Status.REJECTED);
    }
  }

  @Test
  void evaluationsNeverFailWhileReloadingAndEachBelongsToOneLiveVersion() throws Exception {
    Path dir = init();
    Map<String, Boolean> blurryByVersion = new ConcurrentHashMap<>();
    try (KycRulesEngine engine = KycRules.builder().rules(dir).sessionPool(4).build()) {
      blurryByVersion.put(engine.ruleSetVersion(), false);
      AtomicBoolean stop = new AtomicBoolean();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      List<Decision> decisions = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger seq = new AtomicInteger();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread th = new Thread(() -> {
          while (!stop.get()) {
            int n = seq.incrementAndGet();
            try {
              decisions.add(engine.evaluate(Fixtures.clean("att-" + n, "acc-" + n)));
            } catch (Throwable e) {
              failures.add(e);
            }
          }
        });
        th.start();
        threads.add(th);
      }
      String[] limits = {"0.95", "0.50"};
      int reloaded = 0;
      for (int i = 0; i < 6; i++) {
        boolean broken = i % 3 == 2;
        if (broken) {
          breakDrl(dir, true);
        } else {
          breakDrl(dir, false);
          blurryLimit(dir, limits[reloaded % 2]);
        }
        ReloadResult r = engine.reload().get(120, TimeUnit.SECONDS);
        if (broken) {
          assertThat(r.status()).isEqualTo(ReloadResult.Status.REJECTED);
        } else {
          assertThat(r.status()).as(r.diagnostics().toString()).isEqualTo(ReloadResult.Status.RELOADED);
          blurryByVersion.put(r.version(), limits[reloaded % 2].equals("0.95"));
          reloaded++;
        }
        Thread.sleep(100);
      }
      stop.set(true);
      for (Thread th : threads) {
        th.join();
      }
      assertThat(failures).isEmpty();
      assertThat(decisions).hasSizeGreaterThan(50);
      for (Decision d : decisions) {
        assertThat(blurryByVersion).containsKey(d.ruleSetVersion());
        assertThat(blurry(d)).as("decision %s under %s", d.attemptId(), d.ruleSetVersion())
            .isEqualTo(blurryByVersion.get(d.ruleSetVersion()));
      }
      assertThat(decisions.stream().map(Decision::ruleSetVersion).distinct().count()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void watcherPicksUpAnEdit() throws Exception {
    Path dir = init();
    LinkedBlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
    try (KycRulesEngine engine = KycRules.builder().rules(dir).watch(Duration.ofMillis(300))
        .reloadListener(heard::add).build()) {
      String before = engine.ruleSetVersion();
      blurryLimit(dir, "0.95");
      ReloadResult r = heard.poll(120, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.status()).isEqualTo(ReloadResult.Status.RELOADED);
      assertThat(engine.ruleSetVersion()).isNotEqualTo(before);
      assertThat(blurry(engine.evaluate(Fixtures.clean("w1", "acc-w1")))).isTrue();
    }
  }

  @Test
  void manyReloadsDoNotLeak() throws Exception {
    Path dir = init();
    List<Long> millis = new ArrayList<>();
    try (KycRulesEngine engine = KycRules.builder().rules(dir).build()) {
      long baseline = 0;
      int baselineClasses = 0;
      for (int i = 0; i < 40; i++) {
        blurryLimit(dir, i % 2 == 0 ? "0.95" : "0.50");
        ReloadResult r = engine.reload().get(120, TimeUnit.SECONDS);
        assertThat(r.status()).isEqualTo(ReloadResult.Status.RELOADED);
        millis.add(r.took().toMillis());
        engine.evaluate(Fixtures.clean("m" + i, "acc-m" + i));
        if (i == 4) {
          baseline = usedAfterGc();
          baselineClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        }
      }
      long end = usedAfterGc();
      int endClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
      List<Long> sorted = new ArrayList<>(millis.subList(5, millis.size()));
      Collections.sort(sorted);
      System.out.printf("reload ms: first=%d median=%d p90=%d max=%d; heap after GC %d MB -> %d MB; loaded classes %d -> %d%n",
          millis.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10), sorted.get(sorted.size() - 1),
          baseline >> 20, end >> 20, baselineClasses, endClasses);
      assertThat(end - baseline).as("heap growth over 35 reloads").isLessThan(48L << 20);
      assertThat(endClasses - baselineClasses).as("classes kept over 35 reloads").isLessThan(2000);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
