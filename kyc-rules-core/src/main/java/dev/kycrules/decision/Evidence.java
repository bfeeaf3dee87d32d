package dev.kycrules.decision;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule saw when it raised a reason: which field or metric, what was expected and what was
 * found. Serialised as a flat JSON object in insertion order. Values are strings, numbers,
 * booleans or lists of those.
 */
public final class Evidence {
  private static final Evidence NONE = new Evidence(Map.of());
  private final Map<String, Object> values;

  private Evidence(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Evidence holding {@code values}. A map without a defined order (such as {@code Map.of}) is
   * sorted by key so the JSON form is the same on every run.
   */
  @JsonCreator
  public static Evidence of(Map<String, Object> values) {
    Objects.requireNonNull(values, "values");
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
    if (!(values instanceof LinkedHashMap) && !(values instanceof java.util.SortedMap)) {
      values = new java.util.TreeMap<>(values);
    }
    values.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new IllegalArgumentException("evidence keys and values must not be null (key " + k + ")");
      }
      copy.put(k, tidy(v));
    });
    return new Evidence(Collections.unmodifiableMap(copy));
  }

  /**
   * Evidence from alternating keys and values, kept in that order: {@code entries("field",
   * "documentNumber", "scheme", "CN_RIC")}. Null values are left out.
   */
  public static Evidence entries(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("entries need a value for every key");
    }
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        m.put(String.valueOf(keysAndValues[i]), tidy(keysAndValues[i + 1]));
      }
    }
    return new Evidence(Collections.unmodifiableMap(m));
  }

  /** No evidence beyond the code itself. */
  public static Evidence none() {
    return NONE;
  }

  /** A metric compared against a policy threshold. */
  public static Evidence metric(String metric, Object value, Object threshold) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    m.put("metric", metric);
    m.put("value", tidy(value));
    m.put("threshold", tidy(threshold));
    return new Evidence(Collections.unmodifiableMap(m));
  }

  /** A field whose value differs from what was expected. */
  public static Evidence field(String field, Object expected, Object actual) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    m.put("field", field);
    m.put("expected", expected);
    m.put("actual", actual);
    return new Evidence(Collections.unmodifiableMap(m));
  }

  /** Returns evidence with one more entry (replacing an entry of the same key). */
  public Evidence with(String key, Object value) {
    if (value == null) {
      return this;
    }
    LinkedHashMap<String, Object> m = new LinkedHashMap<>(values);
    m.put(key, tidy(value));
    return new Evidence(Collections.unmodifiableMap(m));
  }

  /** Lists are copied; whole-number doubles (policy limits such as 4.0) become integers. */
  private static Object tidy(Object v) {
    if (v instanceof Collection<?> c) {
      return c.stream().map(x -> x instanceof Enum<?> e ? e.name() : x).toList();
    }
    if (v instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return v;
  }

  /** The entries, in the order they were added. */
  @JsonAnyGetter
  public Map<String, Object> values() {
    return values;
  }

  /** One entry, or null. */
  public Object value(String key) {
    return values.get(key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e && e.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
