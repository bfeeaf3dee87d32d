package dev.kycrules.check;

import dev.kycrules.model.DocumentType;
import java.util.HashMap;
import java.util.Map;

/** Finds the number scheme for an issuing country and document type. Immutable, thread-safe. */
public final class NumberSchemes {
  private static final NumberScheme FALLBACK = new AnyNumber();
  private final Map<String, NumberScheme> byKey;

  private NumberSchemes(Map<String, NumberScheme> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The schemes the library ships. */
  public static NumberSchemes defaults() {
    Map<String, NumberScheme> m = new HashMap<>();
    m.put(key("CN", DocumentType.NATIONAL_ID), new ChineseResidentId());
    return new NumberSchemes(m);
  }

  /** The scheme for this document; a generic alphanumeric scheme when none is registered. */
  public NumberScheme forDocument(String country, DocumentType type) {
    return byKey.getOrDefault(key(country, type), FALLBACK);
  }

  private static String key(String country, DocumentType type) {
    return country + "/" + type.name();
  }
}
