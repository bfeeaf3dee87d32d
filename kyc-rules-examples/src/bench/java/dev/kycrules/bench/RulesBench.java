package dev.kycrules.bench;

import dev.kycrules.drools.BenchAccess;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.model.Attempt;
import dev.kycrules.ruleset.RuleSetData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule dispatch alone: {@code RuleRunner.run(stats, facts, policy)} on inputs captured from the
 * pipeline (so both runners get exactly the same prepared facts: name, date and number verdicts,
 * scheme check, registry look-up). Drools (shipped precompiled rules, pooled sessions) against the
 * hand-written yardstick, and the rule-count scaling variants.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RulesBench {

  @State(Scope.Benchmark)
  public static class Rules {
    /** drools: the shipped precompiled rules; handwritten: the yardstick; scaling variants, see {@link ScaledRules}. */
    @Param({"drools", "handwritten"})
    public String runner;

    RuleRunner run;
    List<Workload.Input> inputs;
    private CompiledRuleSet compiled;

    @Setup(Level.Trial)
    public void setup() {
      List<Attempt> pool = Workload.pool(Workload.POOL);
      RuleSetData data = BenchAccess.shippedData();
      CompiledRuleSet shipped = BenchAccess.shipped(4);
      inputs = Workload.capture(data, shipped.runner(), pool, new Workload.PreparedNames(pool));
      switch (runner) {
        case "drools" -> run = shipped.runner();
        case "handwritten" -> run = new HandWrittenRunner();
        case "handwritten-x4" -> run = new HandWrittenRunner(CountryLimits.variant("x4"));
        default -> {
          compiled = BenchAccess.compile(ScaledRules.files(runner), 4);
          run = compiled.runner();
        }
      }
      // the yardstick must raise the same findings as the shipped Drools rules on the whole pool
      if (runner.equals("handwritten")) {
        for (Workload.Input in : inputs) {
          List<String> a = CrossCheck.key(run.run(in.stats(), in.supplier(), in.policy()).findings(), true);
          List<String> b = CrossCheck.key(shipped.runner().run(in.stats(), in.supplier(), in.policy()).findings(), true);
          if (!a.equals(b)) {
            throw new IllegalStateException("hand-written runner disagrees with Drools: " + a + " vs " + b);
          }
        }
      }
      if (!runner.equals("drools")) {
        BenchAccess.close(shipped.runner());
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      BenchAccess.close(run);
    }
  }

  private static RuleRunner.Result step(Rules r, PoolCursor c) {
    Workload.Input in = r.inputs.get(c.next());
    return r.run.run(in.stats(), in.supplier(), in.policy());
  }

  @Benchmark
  @Threads(1)
  public RuleRunner.Result rules1(Rules r, PoolCursor c) {
    return step(r, c);
  }

  @Benchmark
  @Threads(2)
  public RuleRunner.Result rules2(Rules r, PoolCursor c) {
    return step(r, c);
  }
}
