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
  private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicBoolean shutDown = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile boolean closed;

  DroolsRuleRunner(KieBase base, int poolSize) {
    this.base = base;
    this.pool = base.newKieSessionsPool(poolSize);
  }

  KieBase kieBase() {
    return base;
  }

  @Override
  public Result run(AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy) {
    active.incrementAndGet();
    // after close() (a reload swapped this rule set out) late callers get a plain session
    KieSession session = closed ? base.newKieSession() : pool.newKieSession();
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
      if (active.decrementAndGet() == 0 && closed) {
        shutdownPool();
      }
    }
  }

  /** Shuts the session pool down once no evaluation is using it; later runs still work, unpooled. */
  @Override
  public void close() {
    closed = true;
    if (active.get() == 0) {
      shutdownPool();
    }
  }

  private void shutdownPool() {
    if (shutDown.compareAndSet(false, true)) {
      pool.shutdown();
    }
  }
}
