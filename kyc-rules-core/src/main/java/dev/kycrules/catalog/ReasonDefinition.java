package dev.kycrules.catalog;

import dev.kycrules.decision.Category;
import dev.kycrules.decision.Disposition;
import java.util.Objects;

/** A reason code with its category and the disposition it has unless policy says otherwise. */
public record ReasonDefinition(String code, Category category, Disposition disposition) {
  public ReasonDefinition {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z][A-Z0-9_]{2,63}")) {
      throw new IllegalArgumentException("reason code '" + code + "' must be upper-case letters, digits and '_'");
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(disposition, "disposition");
  }
}
