package dev.kycrules.policy;

import dev.kycrules.model.DocumentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which document types are accepted for each issuing country. Rows for country {@code *} apply to
 * every country that has no rows of its own; a country with rows accepts exactly those. A row may
 * allow documents without an expiry date (for example long-term Chinese resident IDs). Immutable.
 */
public final class AcceptedDocuments {
  /** One row of the table. */
  public record Row(String country, DocumentType type, boolean nonExpiringAllowed) {
    public Row {
      java.util.Objects.requireNonNull(country, "country");
      java.util.Objects.requireNonNull(type, "type");
    }
  }

  private final List<Row> rows;
  private final Map<String, Map<DocumentType, Row>> byCountry;

  private AcceptedDocuments(List<Row> rows) {
    this.rows = List.copyOf(rows);
    Map<String, Map<DocumentType, Row>> m = new LinkedHashMap<>();
    for (Row r : rows) {
      Map<DocumentType, Row> types = m.computeIfAbsent(r.country(), k -> new java.util.EnumMap<>(DocumentType.class));
      if (types.putIfAbsent(r.type(), r) != null) {
        throw new IllegalArgumentException("accepted documents: duplicate row " + r.country() + "," + r.type());
      }
    }
    m.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    this.byCountry = Collections.unmodifiableMap(m);
  }

  public static AcceptedDocuments of(List<Row> rows) {
    return new AcceptedDocuments(rows);
  }

  private Map<DocumentType, Row> rowsFor(String country) {
    Map<DocumentType, Row> own = byCountry.get(country);
    if (own != null) {
      return own;
    }
    return byCountry.getOrDefault("*", Map.of());
  }

  /** True when {@code type} is accepted for documents issued by {@code country}. */
  public boolean accepts(String country, DocumentType type) {
    return rowsFor(country).containsKey(type);
  }

  /** True when a document of this country and type may have no expiry date. */
  public boolean nonExpiringAllowed(String country, DocumentType type) {
    Row r = rowsFor(country).get(type);
    return r != null && r.nonExpiringAllowed();
  }

  /** The accepted types for {@code country}, in enum order. */
  public List<DocumentType> acceptedTypes(String country) {
    Set<DocumentType> s = EnumSet.noneOf(DocumentType.class);
    s.addAll(rowsFor(country).keySet());
    return new ArrayList<>(s);
  }

  public List<Row> rows() {
    return rows;
  }
}
