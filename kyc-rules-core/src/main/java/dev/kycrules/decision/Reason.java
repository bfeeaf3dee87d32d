package dev.kycrules.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One reason behind a decision: a stable code, its category and disposition, the evidence, the
 * name of the rule that raised it, and the texts for the person (message and ordered remediation
 * steps).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(
    String code,
    Category category,
    Disposition disposition,
    Evidence evidence,
    String rule,
    String message,
    List<String> remediation) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(disposition, "disposition");
    evidence = evidence == null ? Evidence.none() : evidence;
    remediation = remediation == null ? List.of() : List.copyOf(remediation);
  }

  /** The same reason without texts; texts are attached for a locale later. */
  public Reason withTexts(String message, List<String> remediation) {
    return new Reason(code, category, disposition, evidence, rule, message, remediation);
  }
}
