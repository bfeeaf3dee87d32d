package dev.kycrules.catalog;

import dev.kycrules.model.DocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Values that fill the placeholders of a text: {@code {retryAfter}}, {@code {acceptedTypes}},
 * {@code {country}}, {@code {field}} and {@code {expiryDate}}, plus the extra remediation hints to
 * add. Any value may be null when it does not apply.
 */
public record TextContext(
    ZoneId zone,
    Instant retryAfter,
    List<DocumentType> acceptedTypes,
    String country,
    String field,
    LocalDate expiryDate,
    List<String> hints) {

  public TextContext {
    zone = zone == null ? ZoneId.of("UTC") : zone;
    acceptedTypes = acceptedTypes == null ? List.of() : List.copyOf(acceptedTypes);
    hints = hints == null ? List.of() : List.copyOf(hints);
  }

  public static TextContext empty() {
    return new TextContext(null, null, null, null, null, null, null);
  }

  public TextContext withHints(List<String> more) {
    Objects.requireNonNull(more, "more");
    return new TextContext(zone, retryAfter, acceptedTypes, country, field, expiryDate, more);
  }
}
