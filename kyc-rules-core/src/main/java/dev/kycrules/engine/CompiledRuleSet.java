package dev.kycrules.engine;

import dev.kycrules.ruleset.RuleSetData;

/** A rule set ready to run: its parsed data and the runner for its rules. Immutable. */
public record CompiledRuleSet(RuleSetData data, RuleRunner runner) {
  public String version() {
    return data.version();
  }
}
