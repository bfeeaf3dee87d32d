package dev.kycrules.service;

import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.drools.ReloadResult;
import dev.kycrules.drools.RuleSetInvalidException;
import dev.kycrules.model.Attempt;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The engine behind the service. {@link #rebuild()} uses the engine's hot reload: the new rules
 * compile off the request path and replace the old ones atomically, evaluations in flight finish on
 * the rules they started with, and a broken edit leaves the old rules serving.
 */
final class EngineHolder implements AutoCloseable {
  private final KycRulesEngine engine;

  EngineHolder(Supplier<KycRulesEngine> factory) {
    this.engine = factory.get();
  }

  Decision evaluate(Attempt attempt, Locale locale, ZoneId zone) {
    return engine.evaluate(attempt, locale, zone);
  }

  String ruleSetVersion() {
    return engine.ruleSetVersion();
  }

  /**
   * Reloads the rule directory; returns the version now in force.
   *
   * @throws RuleSetInvalidException when the edited rules do not load (the old ones keep serving)
   */
  String rebuild() {
    ReloadResult r = engine.reload().join();
    if (r.status() == ReloadResult.Status.REJECTED) {
      throw new RuleSetInvalidException(String.valueOf(engine.rulesDirectory()), r.diagnostics());
    }
    return r.version();
  }

  @Override
  public void close() {
    engine.close();
  }
}
