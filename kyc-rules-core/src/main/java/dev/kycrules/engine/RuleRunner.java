package dev.kycrules.engine;

import dev.kycrules.check.AttemptStats;
import dev.kycrules.policy.EvaluationPolicy;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the rules of one compiled rule set. Implementations are thread-safe. The throttling rules
 * see only {@code stats}; when one of them fires, the other facts are never computed or inserted.
 */
public interface RuleRunner {

  /** The result of one run: the findings and whether the throttling rules stopped the run. */
  record Result(List<Finding> findings, boolean throttled) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  /**
   * @param stats the account's recent attempts, for the throttling rules
   * @param facts computes the facts for every other rule; called at most once
   * @param policy the limits and dates in force for this attempt
   */
  Result run(AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy);
}
