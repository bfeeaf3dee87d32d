package dev.kycrules.testkit;

import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.model.Attempt;
import dev.kycrules.store.InMemoryAttemptHistory;
import dev.kycrules.store.InMemoryDocumentRegistry;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A real engine with fresh in-memory stores and its own {@link FixedClock}, for one test. Builders
 * passed to {@link #evaluate(AttemptBuilder)} are stamped from the clock (one step apart) unless
 * they name an instant. Close it after the test, or let {@link KycEngineTest} do so.
 */
public final class KycTestEngine implements AutoCloseable {
  private final KycRulesEngine engine;
  private final InMemoryDocumentRegistry registry;
  private final InMemoryAttemptHistory history;
  private final FixedClock clock;

  private KycTestEngine(UnaryOperator<KycRules.Builder> options) {
    this.registry = new InMemoryDocumentRegistry();
    this.history = new InMemoryAttemptHistory();
    this.clock = FixedClock.create();
    KycRules.Builder b = KycRules.builder().registry(registry).history(history).sessionPool(2);
    this.engine = Objects.requireNonNull(options.apply(b), "options must return the builder").build();
  }

  /** An engine on the shipped rules, English texts and UTC. */
  public static KycTestEngine create() {
    return new KycTestEngine(UnaryOperator.identity());
  }

  /**
   * An engine with further options, such as a rule-set directory or a locale:
   * {@code create(b -> b.rules(dir))}. The kit's stores are already set; options may replace them.
   */
  public static KycTestEngine create(UnaryOperator<KycRules.Builder> options) {
    return new KycTestEngine(Objects.requireNonNull(options, "options"));
  }

  /** Decides {@code attempt} as it is. */
  public Decision evaluate(Attempt attempt) {
    return engine.evaluate(attempt);
  }

  /** Builds the attempt, submitted at the clock's next instant unless the builder names one, and decides it. */
  public Decision evaluate(AttemptBuilder attempt) {
    Objects.requireNonNull(attempt, "attempt");
    return engine.evaluate(attempt.hasInstant() ? attempt.build() : attempt.build(clock.next()));
  }

  /** The engine under test, for calls the kit does not wrap. */
  public KycRulesEngine engine() {
    return engine;
  }

  /** This engine's clock; {@link FixedClock#advance} it to test cooldowns and expiry. */
  public FixedClock clock() {
    return clock;
  }

  /** The document registry, fresh for this engine. */
  public InMemoryDocumentRegistry registry() {
    return registry;
  }

  /** The attempt history, fresh for this engine. */
  public InMemoryAttemptHistory history() {
    return history;
  }

  @Override
  public void close() {
    engine.close();
  }
}
