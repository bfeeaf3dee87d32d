package dev.kycrules.drools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.check.AttemptStats;
import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.engine.Finding;
import dev.kycrules.engine.KycException;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.json.KycJson;
import dev.kycrules.model.InvalidAttemptException;
import dev.kycrules.policy.EvaluationPolicy;
import dev.kycrules.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Runs scenario files against one compiled rule set and measures rule coverage. A scenario is an
 * ordered list of attempts with what each must produce; each scenario starts with empty in-memory
 * stores, and its attempts share them, so duplicates and throttling can be tested. Not thread-safe.
 *
 * <pre>{@code
 * { "name": "Blurry photo, then a good one",
 *   "attempts": [ { "attempt": { ...attempt JSON... },
 *                   "expect": { "outcome": "RETRY", "reasons": ["DOC_IMAGE_BLURRY"], "warnings": [] } } ] }
 * }</pre>
 */
public final class ScenarioRunner implements AutoCloseable {
  private final CompiledRuleSet compiled;
  private final Set<String> fired = ConcurrentHashMap.newKeySet();
  private final List<String> allRules;

  private ScenarioRunner(CompiledRuleSet compiled) {
    this.compiled = compiled;
    List<String> names = new ArrayList<>();
    for (KiePackage p : ((DroolsRuleRunner) compiled.runner()).kieBase().getKiePackages()) {
      for (Rule r : p.getRules()) {
        names.add(r.getName());
      }
    }
    Collections.sort(names);
    this.allRules = List.copyOf(names);
  }

  /**
   * Compiles the rule set in {@code dir} (null: the shipped rules) once for every scenario.
   *
   * @throws RuleSetInvalidException when the rule set does not load; run validate for details
   */
  public static ScenarioRunner forRules(Path dir) {
    return new ScenarioRunner(dir == null ? KycRules.shipped(2) : KycRules.load(RuleSetFiles.fromDirectory(dir), 2));
  }

  /** One attempt of a scenario: passed, or the differences between expected and actual. */
  public record Step(int index, String attemptId, List<String> differences) {
    public Step {
      differences = List.copyOf(differences);
    }

    public boolean passed() {
      return differences.isEmpty();
    }
  }

  /** One scenario: its steps, or the problem that stopped it from running ({@code error}). */
  public record Scenario(String file, String name, List<Step> steps, String error, long millis) {
    public Scenario {
      Objects.requireNonNull(file, "file");
      steps = List.copyOf(steps);
    }

    public boolean passed() {
      return error == null && steps.stream().allMatch(Step::passed);
    }
  }

  /** The result of a run, with rule coverage. */
  public record Report(List<Scenario> scenarios, List<String> rules, Set<String> firedRules) {
    public Report {
      scenarios = List.copyOf(scenarios);
      rules = List.copyOf(rules);
      firedRules = Collections.unmodifiableSet(new TreeSet<>(firedRules));
    }

    public boolean passed() {
      return scenarios.stream().allMatch(Scenario::passed);
    }

    /** Rules of the rule set that no scenario fired, by name. */
    public List<String> unfired() {
      return rules.stream().filter(r -> !firedRules.contains(r)).toList();
    }

    /** The share of rules fired, 0..1 (1 for a rule set without rules). */
    public double coverage() {
      return rules.isEmpty() ? 1 : (rules.size() - unfired().size()) / (double) rules.size();
    }
  }

  /** Runs every scenario of every file, in order; a file may hold one scenario or an array of them. */
  public Report run(List<Path> files) {
    List<Scenario> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode root;
      try {
        root = KycJson.mapper().readTree(Files.readAllBytes(f));
      } catch (JsonProcessingException e) {
        out.add(new Scenario(f.toString(), "(unreadable)", List.of(), "not valid JSON: " + e.getOriginalMessage()
            + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), 0));
        continue;
      } catch (IOException e) {
        throw new KycException("cannot read scenario file " + f + ": " + e.getMessage(), e);
      }
      List<JsonNode> scenarios = new ArrayList<>();
      if (root.isArray()) {
        root.forEach(scenarios::add);
      } else {
        scenarios.add(root);
      }
      for (int i = 0; i < scenarios.size(); i++) {
        out.add(runOne(f.toString(), scenarios.get(i), root.isArray() ? "[" + i + "]" : ""));
      }
    }
    return new Report(out, allRules, fired);
  }

  private Scenario runOne(String file, JsonNode s, String where) {
    long start = System.nanoTime();
    String name = s.path("name").asText("(unnamed" + where + ")");
    try {
      only(s, Set.of("name", "description", "attempts"), "scenario" + where);
      if (!s.path("name").isTextual()) {
        throw new IllegalArgumentException("scenario" + where + ": \"name\" (a string) is required");
      }
      if (!s.path("attempts").isArray() || s.path("attempts").isEmpty()) {
        throw new IllegalArgumentException("scenario" + where + ": \"attempts\" must be a non-empty array");
      }
      DecisionPipeline engine = new DecisionPipeline(KycRules.builder().parts(recording()));
      List<Step> steps = new ArrayList<>();
      int i = 0;
      for (JsonNode step : s.path("attempts")) {
        String at = "attempts[" + i + "]";
        only(step, Set.of("attempt", "expect"), at);
        JsonNode expect = step.path("expect");
        only(expect, Set.of("outcome", "reasons", "warnings"), at + ".expect");
        Outcome outcome = outcome(expect.path("outcome"), at);
        List<String> reasons = codes(expect, "reasons", at);
        List<String> warnings = codes(expect, "warnings", at);
        dev.kycrules.model.Attempt attempt;
        try {
          attempt = KycJson.toAttempt(step.path("attempt"));
        } catch (InvalidAttemptException e) {
          throw new IllegalArgumentException(at + ".attempt: " + e.getMessage());
        }
        Decision d = engine.evaluate(attempt);
        List<String> diff = new ArrayList<>();
        if (d.outcome() != outcome) {
          diff.add("outcome: expected " + outcome + ", got " + d.outcome());
        }
        compare("reason", reasons, d.codes(), diff);
        compare("warning", warnings, d.warningCodes(), diff);
        steps.add(new Step(i++, attempt.attemptId(), diff));
      }
      return new Scenario(file, name, steps, null, (System.nanoTime() - start) / 1_000_000);
    } catch (IllegalArgumentException | KycException e) {
      return new Scenario(file, name, List.of(), e.getMessage(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static void compare(String what, List<String> expected, List<String> actual, List<String> diff) {
    if (expected == null) {
      return;
    }
    Set<String> missing = new LinkedHashSet<>(expected);
    actual.forEach(missing::remove);
    Set<String> extra = new LinkedHashSet<>(actual);
    expected.forEach(extra::remove);
    for (String m : missing) {
      diff.add("missing " + what + " " + m);
    }
    for (String x : extra) {
      diff.add("unexpected " + what + " " + x);
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      diff.add(what + "s: expected " + expected + ", got " + actual);
    }
  }

  private static Outcome outcome(JsonNode n, String at) {
    try {
      return Outcome.valueOf(n.asText(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ".expect.outcome: " + (n.isMissingNode() ? "is required" : "'" + n.asText()
          + "' is not one of " + Arrays.toString(Outcome.values())));
    }
  }

  private static List<String> codes(JsonNode expect, String field, String at) {
    JsonNode n = expect.path(field);
    if (n.isMissingNode()) {
      return null;
    }
    if (!n.isArray()) {
      throw new IllegalArgumentException(at + ".expect." + field + " must be an array of reason codes");
    }
    List<String> out = new ArrayList<>();
    n.forEach(c -> out.add(c.asText()));
    return out;
  }

  private static void only(JsonNode n, Set<String> allowed, String at) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(at + " must be a JSON object");
    }
    n.fieldNames().forEachRemaining(f -> {
      if (!allowed.contains(f)) {
        throw new IllegalArgumentException(at + ": unknown property '" + f + "' (expected " + new TreeSet<>(allowed) + ")");
      }
    });
  }

  /** Releases the rule set's sessions. */
  @Override
  public void close() {
    ((DroolsRuleRunner) compiled.runner()).close();
  }

  /** The compiled rule set with a runner that notes every rule that fires. */
  private Supplier<CompiledRuleSet> recording() {
    RuleRunner inner = compiled.runner();
    RuleRunner noting = (AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy) -> {
      RuleRunner.Result r = inner.run(stats, facts, policy);
      for (Finding f : r.findings()) {
        fired.add(f.rule());
      }
      return r;
    };
    CompiledRuleSet rs = new CompiledRuleSet(compiled.data(), noting);
    return () -> rs;
  }
}
