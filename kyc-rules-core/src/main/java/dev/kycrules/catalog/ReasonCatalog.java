package dev.kycrules.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.decision.Category;
import dev.kycrules.decision.Disposition;
import dev.kycrules.engine.KycException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every reason code the rules may raise. Immutable; look-ups are by code. */
public final class ReasonCatalog {
  private final Map<String, ReasonDefinition> byCode;
  private final Map<String, Integer> rank;

  private ReasonCatalog(Map<String, ReasonDefinition> byCode) {
    this.byCode = byCode;
    Map<String, Integer> r = new java.util.HashMap<>();
    for (String code : byCode.keySet()) {
      r.put(code, r.size());
    }
    this.rank = Map.copyOf(r);
  }

  /** The position of {@code code} in catalog order (decisions list reasons in this order). */
  public int rank(String code) {
    return rank.getOrDefault(code, Integer.MAX_VALUE);
  }

  public static ReasonCatalog of(Collection<ReasonDefinition> definitions) {
    Map<String, ReasonDefinition> m = new LinkedHashMap<>();
    for (ReasonDefinition d : definitions) {
      if (m.putIfAbsent(d.code(), d) != null) {
        throw new IllegalArgumentException("reason code " + d.code() + " is defined twice");
      }
    }
    return new ReasonCatalog(java.util.Collections.unmodifiableMap(m));
  }

  /**
   * Reads the {@code {"codes": {CODE: {"category": ..., "disposition": ...}}}} form.
   *
   * @param source names the file in error messages
   */
  public static ReasonCatalog fromJson(JsonNode root, String source) {
    JsonNode codes = root.path("codes");
    if (!codes.isObject()) {
      throw new KycException(source + ": expected an object \"codes\" mapping each code to its category and disposition");
    }
    Map<String, ReasonDefinition> m = new LinkedHashMap<>();
    var it = codes.fields();
    while (it.hasNext()) {
      var e = it.next();
      JsonNode def = e.getValue();
      for (var f = def.fieldNames(); f.hasNext(); ) {
        String name = f.next();
        if (!Set.of("category", "disposition").contains(name)) {
          throw new KycException(source + ": " + e.getKey() + ": unknown property '" + name + "' (expected category, disposition)");
        }
      }
      m.put(e.getKey(), new ReasonDefinition(e.getKey(),
          parse(Category.class, def.path("category").asText(null), source, e.getKey() + ".category"),
          parse(Disposition.class, def.path("disposition").asText(null), source, e.getKey() + ".disposition")));
    }
    return new ReasonCatalog(java.util.Collections.unmodifiableMap(m));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String source, String field) {
    if (value == null) {
      throw new KycException(source + ": " + field + " is required");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new KycException(source + ": " + field + ": '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** This catalog plus {@code more}; a code defined in both must agree. */
  public ReasonCatalog plus(ReasonCatalog more) {
    Map<String, ReasonDefinition> m = new LinkedHashMap<>(byCode);
    for (ReasonDefinition d : more.byCode.values()) {
      ReasonDefinition old = m.putIfAbsent(d.code(), d);
      if (old != null && !old.equals(d)) {
        m.put(d.code(), d); // a rule set may override the shipped category or disposition
      }
    }
    return new ReasonCatalog(java.util.Collections.unmodifiableMap(m));
  }

  /** The definition of {@code code}, or null. */
  public ReasonDefinition find(String code) {
    return byCode.get(code);
  }

  /** The definition of {@code code}; fails when the code is unknown. */
  public ReasonDefinition get(String code) {
    ReasonDefinition d = byCode.get(code);
    if (d == null) {
      throw new KycException("reason code " + code + " is not in the catalog; add it to catalog.json");
    }
    return d;
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** Every code, in catalog order. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  public Collection<ReasonDefinition> definitions() {
    return byCode.values();
  }
}
