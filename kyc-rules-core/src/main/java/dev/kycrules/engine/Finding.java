package dev.kycrules.engine;

import dev.kycrules.decision.Evidence;
import java.util.Objects;

/** A reason code raised by a rule, with the rule's name and what it saw. */
public record Finding(String code, String rule, Evidence evidence) {
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    evidence = evidence == null ? Evidence.none() : evidence;
  }
}
