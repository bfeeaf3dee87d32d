package dev.kycrules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kycrules.decision.Decision;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.InvalidAttemptException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The JSON form of the public contract: strict reading of {@link Attempt}s (an unknown property,
 * a missing field, an impossible date or an unknown enum value is an error naming the field) and
 * writing of {@link Decision}s. Thread-safe.
 */
public final class KycJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

  private KycJson() {}

  /** The configured mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads one attempt from JSON text. */
  public static Attempt readAttempt(String json) {
    try {
      return toAttempt(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new InvalidAttemptException("", syntaxProblem(e));
    }
  }

  /**
   * Describes a JSON syntax error by its position only: the parser's own message quotes the text
   * around the error, which may be a name or a document number.
   */
  static String syntaxProblem(JsonProcessingException e) {
    var at = e.getLocation();
    return at == null ? "not valid JSON" : "not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /** Converts a parsed JSON object to an attempt, failing with the field path and the problem. */
  public static Attempt toAttempt(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new InvalidAttemptException("", "an attempt must be a JSON object");
    }
    Schema.checkProperties(node);
    try {
      return MAPPER.treeToValue(node, Attempt.class);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof JsonProcessingException j) {
        throw translate(j);
      }
      throw new InvalidAttemptException("", e.getMessage());
    }
  }

  static InvalidAttemptException translate(JsonProcessingException e) {
    String path = e instanceof JsonMappingException m ? path(m) : "";
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException || cause instanceof InvalidAttemptException) {
      Throwable c = cause;
      while (c != null && !(c instanceof InvalidAttemptException)) {
        c = c.getCause();
      }
      if (c instanceof InvalidAttemptException ia) {
        return ia.under(parentOf(path, ia.field()));
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
      return new InvalidAttemptException(path,
          "unknown property '" + u.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent)
              + "; expected one of " + u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        return new InvalidAttemptException(path, "'" + f.getValue() + "' is not one of "
            + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
      }
      if (target == java.time.LocalDate.class) {
        // a birth date is personal data: name the problem without repeating the value
        String shown = path.endsWith("dateOfBirth") ? "the value" : "'" + f.getValue() + "'";
        return new InvalidAttemptException(path, shown + " is not a calendar date written YYYY-MM-DD");
      }
      if (target == java.time.Instant.class) {
        return new InvalidAttemptException(path, "'" + f.getValue() + "' is not an instant such as 2026-11-25T10:00:00Z");
      }
      return new InvalidAttemptException(path, "'" + f.getValue() + "' is not a valid " + simple(target));
    }
    if (e instanceof MismatchedInputException mi) {
      Class<?> target = mi.getTargetType();
      return new InvalidAttemptException(path, "expected " + describe(target));
    }
    if (cause instanceof java.time.format.DateTimeParseException d) {
      return new InvalidAttemptException(path, "'" + d.getParsedString() + "' is not a valid date or time");
    }
    return new InvalidAttemptException(path, e.getOriginalMessage());
  }

  private static String parentOf(String path, String field) {
    // Jackson's path for a constructor failure ends at the object being built; append nothing
    // when the exception already names a field of that object.
    if (!field.isEmpty() && path.endsWith("." + field)) {
      return path.substring(0, path.length() - field.length() - 1);
    }
    if (!field.isEmpty() && path.equals(field)) {
      return "";
    }
    return path;
  }

  private static String describe(Class<?> t) {
    if (t == null) {
      return "a different kind of value";
    }
    if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
      return "a number";
    }
    if (t == Boolean.class) {
      return "true or false";
    }
    if (t == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(t)) {
      return "a JSON array";
    }
    return "a JSON object (" + simple(t) + ")";
  }

  private static String simple(Class<?> t) {
    return t == null ? "value" : t.getSimpleName();
  }

  static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** One decision as a single line of JSON. */
  public static String writeDecision(Decision d) {
    try {
      return MAPPER.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a decision could not be written as JSON", e);
    }
  }

  /** Reads a decision back (used by tests and tools). */
  public static Decision readDecision(String json) {
    try {
      return MAPPER.readValue(json, Decision.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a decision: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes any value as JSON (attempts included). */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("value could not be written as JSON", e);
    }
  }
}
