package dev.kycrules.engine;

import dev.kycrules.decision.Decision;
import dev.kycrules.model.Attempt;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Decides verification attempts. Implementations are thread-safe and share their compiled rules
 * across threads. The same attempt with the same history gives the same decision.
 */
public interface KycEngine {

  /** Decides {@code attempt} with the engine's default locale and time zone. */
  Decision evaluate(Attempt attempt);

  /**
   * Decides {@code attempt}, writing texts in {@code locale} and times in {@code zone}.
   *
   * @throws dev.kycrules.store.StoreException when the registry or history cannot be used; the
   *     attempt was not decided
   */
  Decision evaluate(Attempt attempt, Locale locale, ZoneId zone);

  /** The content hash of the rule set currently in force. */
  String ruleSetVersion();
}
