package dev.kycrules.drools;

import java.util.Objects;

/**
 * One problem found in a rule set, located as {@code file:line:column} (0 when unknown).
 */
public record RuleDiagnostic(String file, int line, int column, Severity severity, String message) {
  /** How serious a diagnostic is: an ERROR stops the rule set from loading. */
  public enum Severity { ERROR, WARNING }

  public RuleDiagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
  }
}
