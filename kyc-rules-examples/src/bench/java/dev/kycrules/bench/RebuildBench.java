package dev.kycrules.bench;

import dev.kycrules.decision.Decision;
import dev.kycrules.drools.BenchAccess;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.model.Attempt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hot reload: {@code KycRules.builder().rules(dir).build()} on the shipped DRL written to a temp
 * directory (run-time compile to the executable model, KieBase, session pool, rule-set data), plus
 * the first decision. Single shots: the first shot of each fork is a cold rebuild, later ones warm.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RebuildBench {

  @State(Scope.Benchmark)
  public static class Dir {
    Path dir;
    Attempt attempt;

    @Setup(Level.Trial)
    public void setup() {
      try {
        dir = Files.createTempDirectory("kyc-rules-bench");
        Files.createDirectories(dir.resolve("rules"));
        for (Map.Entry<String, String> e : BenchAccess.shippedDrl().entrySet()) {
          Files.writeString(dir.resolve("rules").resolve(e.getKey()), e.getValue());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      attempt = Workload.pool(1).get(0);
    }
  }

  /** The rebuild alone: what a reload does before it swaps the new rule set in. */
  @Benchmark
  public String rebuildOnly(Dir d) {
    try (KycRulesEngine e = KycRules.builder().rules(d.dir).build()) {
      return e.ruleSetVersion();
    }
  }

  @Benchmark
  public Decision rebuildFromDirectory(Dir d) {
    try (KycRulesEngine e = KycRules.builder().rules(d.dir).build()) {
      return e.evaluate(d.attempt);
    }
  }
}
