package dev.kycrules.bench;

import dev.kycrules.decision.Decision;
import dev.kycrules.drools.BenchAccess;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
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
 * A whole decision: {@code DecisionPipeline.evaluate(attempt)} (throttling stats from the history,
 * document-number normalisation, HMAC fingerprints, facts, rules, outcome, registry claim, history
 * record, texts; audit sink NONE), with the Drools runner or the hand-written one. Name verdicts
 * come prepared ({@link Workload.PreparedNames}), so both sides measure rule dispatch plus pipeline
 * and a heavier name matcher does not move the ratio. In-memory stores stay bounded (see
 * {@link Workload}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PipelineBench {

  @State(Scope.Benchmark)
  public static class Engine {
    @Param({"drools", "handwritten"})
    public String runner;

    /** prepared: name verdicts computed once (default); basic: the ICU name matcher on every decision. */
    @Param({"prepared"})
    public String names;

    DecisionPipeline pipeline;
    List<Attempt> pool;
    private RuleRunner run;

    @Setup(Level.Trial)
    public void setup() {
      pool = Workload.pool(Workload.POOL);
      RuleSetData data = BenchAccess.shippedData();
      if (runner.equals("drools")) {
        CompiledRuleSet shipped = BenchAccess.shipped(4);
        run = shipped.runner();
      } else {
        run = new HandWrittenRunner();
      }
      pipeline = Workload.pipeline(data, run,
          names.equals("prepared") ? new Workload.PreparedNames(pool) : new dev.kycrules.check.IcuNameMatcher());
      pool.forEach(pipeline::evaluate); // first round: fills history and registry to their steady state
    }

    @TearDown(Level.Trial)
    public void close() {
      BenchAccess.close(run);
    }
  }

  private static Decision step(Engine e, PoolCursor c) {
    Attempt a = e.pool.get(c.next());
    return e.pipeline.evaluate(a);
  }

  @Benchmark
  @Threads(1)
  public Decision decide1(Engine e, PoolCursor c) {
    return step(e, c);
  }

  @Benchmark
  @Threads(2)
  public Decision decide2(Engine e, PoolCursor c) {
    return step(e, c);
  }

  /** Latency distribution of one thread (run with {@code -bm sample}: mean, p50, p99, p99.9). */
  @Benchmark
  @Threads(1)
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Decision latency(Engine e, PoolCursor c) {
    return step(e, c);
  }
}
