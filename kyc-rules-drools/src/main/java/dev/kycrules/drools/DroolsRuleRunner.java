package dev.kycrules.drools;

import dev.kycrules.check.AttemptStats;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.policy.EvaluationPolicy;
import dev.kycrules.rules.Findings;
import java.util.List;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs one KieBase with sessions taken from a pool. Each evaluation sets its own globals
 * ({@code policy}, {@code findings}), fires the throttling rules on the stats first and, only when
 * none fired, inserts the other facts and fires again. Thread-safe.
 */
final class DroolsRuleRunner implements RuleRunner, AutoCloseable {
  private final KieBase base;
  private final KieSessionsPool pool;

  DroolsRuleRunner(KieBase base, int poolSize) {
    this.base = base;
    this.pool = base.newKieSessionsPool(poolSize);
  }

  KieBase kieBase() {
    return base;
  }

  @Override
  public Result run(AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy) {
    KieSession session = pool.newKieSession();
    try {
      Findings findings = new Findings();
      session.setGlobal("policy", policy);
      session.setGlobal("findings", findings);
      session.insert(stats);
      session.fireAllRules();
      if (!findings.isEmpty()) {
        return new Result(findings.list(), true);
      }
      for (Object fact : facts.get()) {
        session.insert(fact);
      }
      session.fireAllRules();
      return new Result(findings.list(), false);
    } finally {
      session.dispose();
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
