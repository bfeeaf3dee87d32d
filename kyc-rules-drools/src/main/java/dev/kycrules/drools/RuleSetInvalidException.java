package dev.kycrules.drools;

import dev.kycrules.engine.KycException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set could not be loaded. {@link #diagnostics()} lists every problem with its location;
 * fix them and load again.
 */
public final class RuleSetInvalidException extends KycException {
  private final List<RuleDiagnostic> diagnostics;

  public RuleSetInvalidException(String origin, List<RuleDiagnostic> diagnostics) {
    super("rule set " + origin + " has " + diagnostics.size() + " problem(s):\n"
        + diagnostics.stream().map(RuleDiagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<RuleDiagnostic> diagnostics() {
    return diagnostics;
  }
}
