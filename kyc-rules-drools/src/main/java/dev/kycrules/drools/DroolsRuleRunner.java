package dev.kycrules.drools;

import dev.kycrules.check.AttemptStats;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.policy.EvaluationPolicy;
import dev.kycrules.rules.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs one KieBase. Each evaluation sets its own globals ({@code policy}, {@code findings}), fires
 * the throttling rules on the stats first and, only when none fired, inserts the other facts and
 * fires again. Thread-safe.
 *
 * <p>Sessions are reused in one of two ways, chosen once from the rules themselves (see
 * {@link SessionReuse}):
 *
 * <ul>
 *   <li><b>retract</b>: when every rule matches only facts that are present (no {@code not},
 *       {@code exists}, {@code forall}, {@code from}, {@code accumulate}, {@code eval}, empty
 *       conditions, agenda groups or timers), a session is kept warm between evaluations and the
 *       evaluation's facts are deleted again afterwards. Taking facts away cannot make such a rule
 *       fire, so the next evaluation starts from the same state as a new session, without Drools
 *       rebuilding its per-type fact stores. A session that still holds facts after the deletes
 *       (a rule inserted one) is thrown away instead of reused.
 *   <li><b>reset</b>: otherwise, sessions come from a Drools {@link KieSessionsPool} and are reset
 *       on release, which is correct for every rule.
 * </ul>
 */
final class DroolsRuleRunner implements RuleRunner, AutoCloseable {
  private final KieBase base;
  private final int poolSize;
  private final boolean retract;
  /** reset mode only. */
  private final KieSessionsPool pool;
  /** retract mode only: warm sessions, each used by one evaluation at a time. */
  private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicBoolean shutDown = new AtomicBoolean();
  private volatile boolean closed;
  /** Whether some rule has a pattern a fact of the class can match; facts no rule can see are not inserted. */
  private final ClassValue<Boolean> matched = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return SessionReuse.matchable(base, type);
    }
  };

  DroolsRuleRunner(KieBase base, int poolSize) {
    this(base, poolSize, SessionReuse.canRetract(base));
  }

  DroolsRuleRunner(KieBase base, int poolSize, boolean retract) {
    this.base = base;
    this.poolSize = poolSize;
    this.retract = retract;
    this.pool = retract ? null : base.newKieSessionsPool(poolSize);
  }

  KieBase kieBase() {
    return base;
  }

  /** True when sessions are kept warm and cleared by deleting the evaluation's facts. */
  boolean reusesByRetracting() {
    return retract;
  }

  @Override
  public Result run(AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy) {
    active.incrementAndGet();
    try {
      return retract ? runRetracting(stats, facts, policy) : runResetting(stats, facts, policy);
    } finally {
      if (active.decrementAndGet() == 0 && closed) {
        shutdownPool();
      }
    }
  }

  private Result runResetting(AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy) {
    // after close() (a reload swapped this rule set out) late callers get a plain session
    KieSession session = closed ? base.newKieSession() : pool.newKieSession();
    try {
      return fire(session, stats, facts, policy, null);
    } finally {
      session.dispose();
    }
  }

  private Result runRetracting(AttemptStats stats, Supplier<List<Object>> facts, EvaluationPolicy policy) {
    KieSession session = idle.poll();
    if (session == null) {
      session = base.newKieSession();
    } else {
      idleCount.decrementAndGet();
    }
    boolean reusable = false;
    try {
      List<FactHandle> handles = new ArrayList<>(16);
      Result result = fire(session, stats, facts, policy, handles);
      for (FactHandle h : handles) {
        session.delete(h); // the network catches up at the next fireAllRules; nothing can fire from a delete
      }
      reusable = session.getFactCount() == 0;
      return result;
    } finally {
      if (reusable && !closed && idleCount.incrementAndGet() <= poolSize) {
        idle.offer(session);
      } else {
        if (reusable && !closed) {
          idleCount.decrementAndGet();
        }
        session.dispose();
      }
    }
  }

  private Result fire(KieSession session, AttemptStats stats, Supplier<List<Object>> facts,
      EvaluationPolicy policy, List<FactHandle> handles) {
    Findings findings = new Findings();
    session.setGlobal("policy", policy);
    session.setGlobal("findings", findings);
    FactHandle h = session.insert(stats);
    if (handles != null) {
      handles.add(h);
    }
    session.fireAllRules();
    if (!findings.isEmpty()) {
      return new Result(findings.list(), true);
    }
    for (Object fact : facts.get()) {
      if (!matched.get(fact.getClass())) {
        continue;
      }
      h = session.insert(fact);
      if (handles != null) {
        handles.add(h);
      }
    }
    session.fireAllRules();
    return new Result(findings.list(), false);
  }

  /** Releases the sessions once no evaluation is using them; later runs still work, unpooled. */
  @Override
  public void close() {
    closed = true;
    if (active.get() == 0) {
      shutdownPool();
    }
  }

  private void shutdownPool() {
    if (shutDown.compareAndSet(false, true)) {
      if (pool != null) {
        pool.shutdown();
      }
      for (KieSession s; (s = idle.poll()) != null; ) {
        s.dispose();
      }
    }
  }
}
