package dev.kycrules.drools;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one reload: the rule set now in force ({@code version}), the one before, how long
 * the check and compile took, and, when the edit was rejected, every problem found. A rejected
 * reload leaves the previous rule set serving.
 */
public record ReloadResult(Status status, String version, String previousVersion, List<RuleDiagnostic> diagnostics,
    Duration took) {
  /** What a reload did. */
  public enum Status {
    /** The new rule set compiled and replaced the old one. */
    RELOADED,
    /** The files did not change; nothing was compiled. */
    UNCHANGED,
    /** The new files have errors; the old rule set keeps serving. */
    REJECTED
  }

  public ReloadResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(previousVersion, "previousVersion");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(took, "took");
  }
}
