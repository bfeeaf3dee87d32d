package dev.kycrules.drools;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.json.AttemptReader;
import dev.kycrules.model.Attempt;
import dev.kycrules.ruleset.RuleSetFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The impact of a rule-set change: decides a corpus of attempts with a baseline and a candidate
 * rule set (each with its own empty in-memory stores, attempts in file order) and counts how
 * outcomes move and which codes appear or disappear, with example attempt ids.
 */
public final class RuleSetDiff {
  /** How many example attempt ids each row keeps. */
  static final int EXAMPLES = 5;

  private RuleSetDiff() {}

  /** A count with up to {@value #EXAMPLES} example attempt ids. */
  public record Count(int count, List<String> examples) {
    public Count {
      examples = List.copyOf(examples);
    }
  }

  /**
   * The result. {@code transitions} is keyed {@code "APPROVED->RETRY"} and holds only attempts
   * whose outcome changed; {@code appeared} and {@code disappeared} are keyed by reason or warning
   * code.
   */
  public record Report(String baselineVersion, String candidateVersion, int attempts, int unchanged,
      List<String> invalid, Map<String, Count> transitions, Map<String, Count> appeared,
      Map<String, Count> disappeared) {
    public Report {
      Objects.requireNonNull(baselineVersion, "baselineVersion");
      Objects.requireNonNull(candidateVersion, "candidateVersion");
      invalid = List.copyOf(invalid);
      transitions = java.util.Collections.unmodifiableMap(new TreeMap<>(transitions));
      appeared = java.util.Collections.unmodifiableMap(new TreeMap<>(appeared));
      disappeared = java.util.Collections.unmodifiableMap(new TreeMap<>(disappeared));
    }
  }

  /**
   * Runs the comparison; a null directory means the shipped rules.
   *
   * @throws RuleSetInvalidException when either rule set does not load
   */
  public static Report run(Path baseline, Path candidate, List<Path> corpus) {
    CompiledRuleSet a = compile(baseline);
    try {
      CompiledRuleSet b = compile(candidate);
      try {
        DecisionPipeline pa = new DecisionPipeline(KycRules.builder().parts(() -> a));
        DecisionPipeline pb = new DecisionPipeline(KycRules.builder().parts(() -> b));
        Map<String, Builder> transitions = new TreeMap<>();
        Map<String, Builder> appeared = new TreeMap<>();
        Map<String, Builder> disappeared = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        int n = 0;
        int same = 0;
        for (Path f : corpus) {
          try (AttemptReader reader = AttemptReader.open(f)) {
            while (reader.hasNext()) {
              AttemptReader.Item item = reader.next();
              if (!item.ok()) {
                invalid.add(item.describeError());
                continue;
              }
              Attempt at = item.attempt();
              Decision da = pa.evaluate(at);
              Decision db = pb.evaluate(at);
              n++;
              Set<String> ca = codes(da);
              Set<String> cb = codes(db);
              if (da.outcome() == db.outcome() && ca.equals(cb)) {
                same++;
              }
              if (da.outcome() != db.outcome()) {
                add(transitions, key(da.outcome(), db.outcome()), at.attemptId());
              }
              for (String c : cb) {
                if (!ca.contains(c)) {
                  add(appeared, c, at.attemptId());
                }
              }
              for (String c : ca) {
                if (!cb.contains(c)) {
                  add(disappeared, c, at.attemptId());
                }
              }
            }
          }
        }
        return new Report(a.version(), b.version(), n, same, invalid, done(transitions), done(appeared),
            done(disappeared));
      } finally {
        ((DroolsRuleRunner) b.runner()).close();
      }
    } finally {
      ((DroolsRuleRunner) a.runner()).close();
    }
  }

  private static CompiledRuleSet compile(Path dir) {
    return dir == null ? KycRules.shipped(2) : KycRules.load(RuleSetFiles.fromDirectory(dir), 2);
  }

  private static String key(Outcome from, Outcome to) {
    return from + "->" + to;
  }

  private static Set<String> codes(Decision d) {
    Set<String> s = new LinkedHashSet<>(d.codes());
    s.addAll(d.warningCodes());
    return s;
  }

  private static final class Builder {
    int count;
    final List<String> examples = new ArrayList<>();
  }

  private static void add(Map<String, Builder> m, String key, String attemptId) {
    Builder b = m.computeIfAbsent(key, k -> new Builder());
    b.count++;
    if (b.examples.size() < EXAMPLES) {
      b.examples.add(attemptId);
    }
  }

  private static Map<String, Count> done(Map<String, Builder> m) {
    Map<String, Count> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, new Count(v.count, v.examples)));
    return out;
  }
}
