package dev.kycrules.bench;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Reason;
import dev.kycrules.drools.BenchAccess;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.engine.Finding;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.examples.gen.AttemptGenerator;
import dev.kycrules.model.Attempt;
import dev.kycrules.ruleset.RuleSetData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proves the yardstick and the scaling variants equivalent to the Drools rules on generated
 * attempts, and prints the mix the benchmarks run on.
 *
 * <pre>java -cp kyc-rules-benchmarks.jar dev.kycrules.bench.CrossCheck [N]</pre>
 *
 * <ol>
 *   <li>runner level: for every attempt, the shipped Drools rules and {@link HandWrittenRunner}
 *       get the same stats, facts and policy and must raise the same findings (code, rule name and
 *       evidence, as a multiset);
 *   <li>decision level: two pipelines, one per runner, decide the same stream and must give the
 *       same outcome, reasons, evidence and texts;
 *   <li>scaling variants: literal per-country copies, the table-driven rules and the hand-written
 *       table must raise the same codes and evidence.
 * </ol>
 * Exits 1 on any difference.
 */
public final class CrossCheck {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int bad = run(n, System.out);
    System.exit(bad == 0 ? 0 : 1);
  }

  static List<String> key(List<Finding> findings, boolean withRule) {
    List<String> k = new ArrayList<>();
    for (Finding f : findings) {
      k.add(f.code() + (withRule ? " | " + f.rule() : "") + " | " + new TreeMap<>(f.evidence().values()));
    }
    k.sort(null);
    return k;
  }

  static String canonical(Decision d) {
    List<String> r = new ArrayList<>();
    for (Reason x : d.reasons()) {
      r.add(x.code() + " " + new TreeMap<>(x.evidence().values()) + " " + x.message() + " " + x.remediation());
    }
    for (Reason x : d.warnings()) {
      r.add("warning " + x.code() + " " + new TreeMap<>(x.evidence().values()) + " " + x.message());
    }
    r.sort(null);
    return d.outcome() + " " + d.retryAfter() + " " + r;
  }

  /** Returns the number of differences found. */
  public static int run(int n, java.io.PrintStream out) {
    List<Attempt> attempts = new AttemptGenerator(Workload.SEED).next(n);
    RuleSetData data = BenchAccess.shippedData();
    CompiledRuleSet drools = BenchAccess.shipped(2);
    HandWrittenRunner hand = new HandWrittenRunner();
    int[] runnerBad = {0};
    int[] compared = {0};
    RuleRunner comparing = (stats, facts, policy) -> {
      List<Object>[] once = new List[1];
      java.util.function.Supplier<List<Object>> cached = () -> once[0] != null ? once[0] : (once[0] = facts.get());
      RuleRunner.Result a = drools.runner().run(stats, cached, policy);
      RuleRunner.Result b = hand.run(stats, cached, policy);
      compared[0]++;
      if (a.throttled() != b.throttled() || !key(a.findings(), true).equals(key(b.findings(), true))) {
        if (runnerBad[0]++ < 5) {
          out.println("runner mismatch: drools " + key(a.findings(), true) + "\n             hand   " + key(b.findings(), true));
        }
      }
      return a;
    };
    DecisionPipeline viaDrools = Workload.pipeline(data, comparing, new dev.kycrules.check.IcuNameMatcher());
    DecisionPipeline viaHand = Workload.pipeline(data, hand, new dev.kycrules.check.IcuNameMatcher());
    int decisionBad = 0;
    int approvedClean = 0;
    Map<String, Integer> codes = new TreeMap<>();
    int[] byReasonCount = new int[8];
    for (Attempt a : attempts) {
      Decision d1 = viaDrools.evaluate(a);
      Decision d2 = viaHand.evaluate(a);
      if (!canonical(d1).equals(canonical(d2))) {
        if (decisionBad++ < 5) {
          out.println("decision mismatch on " + a.attemptId() + ":\n  drools " + canonical(d1) + "\n  hand   " + canonical(d2));
        }
      }
      int k = d1.reasons().size() + d1.warnings().size();
      byReasonCount[Math.min(k, 7)]++;
      if (k == 0) {
        approvedClean++;
      }
      d1.codes().forEach(c -> codes.merge(c, 1, Integer::sum));
      d1.warningCodes().forEach(c -> codes.merge(c, 1, Integer::sum));
    }
    out.printf("attempts: %d; runner-level comparisons: %d, mismatches: %d; decision mismatches: %d%n", n, compared[0],
        runnerBad[0], decisionBad);
    out.printf("mix: %.1f%% decided with no reason; reasons per attempt 0..7+: %s%n", 100.0 * approvedClean / n,
        java.util.Arrays.toString(byReasonCount));
    out.println("codes fired (" + codes.size() + " distinct): " + codes);

    // scaling variants, runner level, on the first 4096 attempts' captured inputs
    List<Workload.Input> inputs = Workload.capture(data, drools.runner(), attempts.subList(0, Math.min(n, Workload.POOL)),
        new dev.kycrules.check.IcuNameMatcher());
    int scalingBad = 0;
    for (String size : List.of("x2", "x4")) {
      CompiledRuleSet copies = BenchAccess.compile(ScaledRules.files(size + "-copies"), 2);
      CompiledRuleSet table = BenchAccess.compile(ScaledRules.files(size + "-table"), 2);
      HandWrittenRunner handTable = new HandWrittenRunner(CountryLimits.variant(size));
      int fired = 0;
      for (Workload.Input in : inputs) {
        List<String> c = key(copies.runner().run(in.stats(), in.supplier(), in.policy()).findings(), false);
        List<String> t = key(table.runner().run(in.stats(), in.supplier(), in.policy()).findings(), false);
        List<String> h = key(handTable.run(in.stats(), in.supplier(), in.policy()).findings(), false);
        fired += c.stream().filter(x -> x.contains("country=")).count();
        if (!c.equals(t) || !c.equals(h)) {
          if (scalingBad++ < 5) {
            out.println(size + " mismatch:\n  copies " + c + "\n  table  " + t + "\n  hand   " + h);
          }
        }
      }
      out.printf("scaling %s: %d rules as copies, %d as table; %d inputs, %d country findings, mismatches: %d%n", size,
          ScaledRules.ruleCount(size + "-copies"), ScaledRules.ruleCount(size + "-table"), inputs.size(), fired, scalingBad);
      BenchAccess.close(copies.runner());
      BenchAccess.close(table.runner());
    }
    BenchAccess.close(drools.runner());
    int total = runnerBad[0] + decisionBad + scalingBad;
    out.println(total == 0 ? "CROSS-CHECK OK" : "CROSS-CHECK FAILED: " + total + " differences");
    return total;
  }
}
