package dev.kycrules.engine;

import dev.kycrules.decision.Evidence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Masks personal values in evidence before it reaches an audit record or a log. */
final class Redaction {
  /** Evidence keys whose values are personal data. */
  private static final Set<String> PERSONAL = Set.of("expected", "actual", "typed", "onDocument", "typedKey",
      "documentKey", "typedName", "documentName");

  private Redaction() {}

  static Map<String, Object> redact(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    Object field = e.value("field");
    boolean personalField = field != null && !Set.of("issuingCountry", "documentType").contains(field.toString());
    for (Map.Entry<String, Object> x : e.values().entrySet()) {
      if (PERSONAL.contains(x.getKey()) && personalField) {
        m.put(x.getKey(), "[redacted]");
      } else {
        m.put(x.getKey(), x.getValue());
      }
    }
    return m;
  }
}
