package dev.kycrules.model;

import java.util.Locale;
import java.util.Set;

/** Argument checks shared by the fact records; each failure names the field. */
final class Checks {
  private static final Set<String> COUNTRIES = Set.copyOf(
      java.util.stream.Stream.concat(
              Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(),
              java.util.stream.Stream.of("XK")) // Kosovo: user-assigned, but issues documents
          .toList());

  private Checks() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidAttemptException(field, "is required");
    }
    return value;
  }

  static String text(String value, String field, int maxLength) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidAttemptException(field, "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new InvalidAttemptException(field, "is longer than " + maxLength + " characters");
    }
    return value;
  }

  static String optionalText(String value, String field, int maxLength) {
    return value == null ? null : text(value, field, maxLength);
  }

  static String country(String value, String field) {
    required(value, field);
    String upper = value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(upper)) {
      throw new InvalidAttemptException(field,
          "'" + value + "' is not an ISO 3166-1 alpha-2 country code (for example CN, DE, US)");
    }
    return upper;
  }

  static Double unit(Double value, String field, boolean required) {
    if (value == null) {
      if (required) {
        throw new InvalidAttemptException(field, "is required (a number from 0 to 1)");
      }
      return null;
    }
    if (value.isNaN() || value < 0.0 || value > 1.0) {
      throw new InvalidAttemptException(field, "must be between 0 and 1, was " + value);
    }
    return value;
  }

  static boolean isKnownCountry(String code) {
    return code != null && COUNTRIES.contains(code);
  }
}
