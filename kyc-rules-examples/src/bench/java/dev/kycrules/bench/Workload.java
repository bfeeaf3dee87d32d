package dev.kycrules.bench;

import dev.kycrules.audit.AuditSink;
import dev.kycrules.check.AttemptStats;
import dev.kycrules.check.NameComparison;
import dev.kycrules.check.NameMatcher;
import dev.kycrules.check.NumberSchemes;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.examples.gen.AttemptGenerator;
import dev.kycrules.model.Attempt;
import dev.kycrules.policy.EvaluationPolicy;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.InMemoryAttemptHistory;
import dev.kycrules.store.InMemoryDocumentRegistry;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every benchmark runs on: a pool of generated attempts (seed 42) walked cyclically, the
 * pipeline wiring, and the inputs of the rule runner captured from the pipeline.
 *
 * <p><b>Bounded stores.</b> Attempts keep their ids when the pool comes round again, and the
 * in-memory history replaces a record with the same attempt id, so history holds at most one record
 * per pool attempt and the registry at most one entry per pool document, however long a benchmark
 * runs. Within an account the pool is in time order, so the second and later rounds see the same
 * history as the first: the decisions repeat exactly.
 */
public final class Workload {
  public static final int POOL = 4096;
  public static final long SEED = 42;
  public static final ZoneId UTC = ZoneId.of("UTC");

  private Workload() {}

  public static List<Attempt> pool(int n) {
    return new AttemptGenerator(SEED).next(n);
  }

  /** A fixed fingerprint key, so runs are repeatable. */
  public static Fingerprinter fingerprinter() {
    return new Fingerprinter(List.of(new FingerprintKey("bench",
        "0123456789abcdef0123456789abcdef-bench-key".getBytes(StandardCharsets.US_ASCII))));
  }

  /** A pipeline around {@code runner}, in-memory stores, no audit sink, English, UTC. */
  public static DecisionPipeline pipeline(RuleSetData data, RuleRunner runner, NameMatcher names) {
    CompiledRuleSet rs = new CompiledRuleSet(data, runner);
    return new DecisionPipeline(new DecisionPipeline.Parts(() -> rs, new InMemoryDocumentRegistry(),
        new InMemoryAttemptHistory(), fingerprinter(), names, NumberSchemes.defaults(), AuditSink.NONE,
        Locale.ENGLISH, UTC));
  }

  /**
   * Name verdicts computed once for the pool with the shipped {@link dev.kycrules.check.IcuNameMatcher}: the benchmark measures
   * rule dispatch and the pipeline, not the name matcher (which is the same Java code for both
   * runners and gets heavier as matching improves). Looked up by the identity of the pool's strings,
   * so the look-up allocates nothing; anything else is computed on the spot.
   */
  public static final class PreparedNames implements NameMatcher {
    private final NameMatcher real = new dev.kycrules.check.IcuNameMatcher();
    private final Map<String, Object[]> byTyped = new IdentityHashMap<>();

    public PreparedNames(List<Attempt> pool) {
      for (Attempt a : pool) {
        String typed = a.applicant().fullName();
        String doc = a.document().fullName();
        String c = a.document().countryOfIssue();
        byTyped.put(typed, new Object[] {doc, c, real.compare(typed, doc, c)});
      }
    }

    @Override
    public NameComparison compare(String typed, String onDocument, String documentCountry) {
      Object[] e = byTyped.get(typed);
      if (e != null && e[0] == onDocument && e[1].equals(documentCountry)) {
        return (NameComparison) e[2];
      }
      return real.compare(typed, onDocument, documentCountry);
    }
  }

  /** What {@link RuleRunner#run} receives for one attempt. */
  public record Input(AttemptStats stats, List<Object> facts, Supplier<List<Object>> supplier, EvaluationPolicy policy) {
    public Input(AttemptStats stats, List<Object> facts, EvaluationPolicy policy) {
      this(stats, facts, () -> facts, policy);
    }
  }

  /**
   * Runs the pool twice through a pipeline (the second round sees the steady-state history) and
   * records what the pipeline hands its runner, for benchmarks of the runner alone.
   */
  public static List<Input> capture(RuleSetData data, RuleRunner runner, List<Attempt> pool, NameMatcher names) {
    List<Input> out = new ArrayList<>(pool.size());
    boolean[] recording = {false};
    RuleRunner capturing = (stats, facts, policy) -> {
      if (!recording[0]) {
        return runner.run(stats, facts, policy);
      }
      List<Object> f = new ArrayList<>();
      RuleRunner.Result r = runner.run(stats, () -> {
        f.addAll(facts.get());
        return f;
      }, policy);
      out.add(new Input(stats, r.throttled() ? List.of() : List.copyOf(f), policy));
      return r;
    };
    DecisionPipeline p = pipeline(data, capturing, names);
    pool.forEach(p::evaluate);
    recording[0] = true;
    pool.forEach(p::evaluate);
    return out;
  }
}
