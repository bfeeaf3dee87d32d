package dev.kycrules.drools;

import dev.kycrules.decision.Decision;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.engine.KycEngine;
import dev.kycrules.model.Attempt;
import dev.kycrules.ruleset.RuleSetData;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Drools-backed {@link KycEngine}. Thread-safe: the compiled rules are shared, each evaluation
 * takes its own session from a pool. Build one with {@link KycRules#builder()}.
 */
public final class KycRulesEngine implements KycEngine, AutoCloseable {
  private final AtomicReference<CompiledRuleSet> current;
  private final DecisionPipeline pipeline;
  private final Path rulesDir;
  private final int poolSize;

  KycRulesEngine(CompiledRuleSet initial, Path rulesDir, int poolSize, KycRules.Builder builder) {
    this.current = new AtomicReference<>(initial);
    this.rulesDir = rulesDir;
    this.poolSize = poolSize;
    this.pipeline = new DecisionPipeline(builder.parts(current::get));
  }

  @Override
  public Decision evaluate(Attempt attempt) {
    return pipeline.evaluate(attempt);
  }

  @Override
  public Decision evaluate(Attempt attempt, Locale locale, ZoneId zone) {
    return pipeline.evaluate(attempt, locale, zone);
  }

  @Override
  public String ruleSetVersion() {
    return current.get().version();
  }

  /** The data of the rule set in force (policy, catalog, texts). */
  public RuleSetData ruleSetData() {
    return current.get().data();
  }

  /** The rule-set directory this engine was built from, or null for the shipped rules. */
  public Path rulesDirectory() {
    return rulesDir;
  }

  @Override
  public void close() {
    if (current.get().runner() instanceof DroolsRuleRunner r) {
      r.close();
    }
  }
}
