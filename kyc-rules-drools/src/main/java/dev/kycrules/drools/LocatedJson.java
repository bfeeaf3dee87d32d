package dev.kycrules.drools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kycrules.drools.RuleDiagnostic.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a tree together with the line and column of every value and property
 * name, keyed by JSON pointer ({@code /limits/DOC_IMAGE_BLURRY}). Duplicate property names are
 * reported, not silently merged.
 */
final class LocatedJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  private final String file;
  private final JsonNode root;
  private final Map<String, int[]> values = new HashMap<>();
  private final Map<String, int[]> names = new HashMap<>();

  private LocatedJson(String file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /** Reads {@code bytes}; returns null and adds a diagnostic when the text is not valid JSON. */
  static LocatedJson parse(String file, byte[] bytes, List<RuleDiagnostic> out) {
    LocatedJson doc = new LocatedJson(file, null);
    try (JsonParser p = FACTORY.createParser(bytes)) {
      if (p.nextToken() == null) {
        out.add(new RuleDiagnostic(file, 1, 1, Severity.ERROR, "the file is empty; it must hold a JSON object"));
        return null;
      }
      JsonNode root = doc.read(p, "", out);
      if (p.nextToken() != null) {
        int[] at = at(p.currentTokenLocation());
        out.add(new RuleDiagnostic(file, at[0], at[1], Severity.ERROR, "unexpected text after the end of the JSON value"));
      }
      LocatedJson located = new LocatedJson(file, root);
      located.values.putAll(doc.values);
      located.names.putAll(doc.names);
      return located;
    } catch (JsonProcessingException e) {
      int[] at = at(e.getLocation());
      out.add(new RuleDiagnostic(file, at[0], at[1], Severity.ERROR, "not valid JSON: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      out.add(new RuleDiagnostic(file, 0, 0, Severity.ERROR, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  private static int[] at(JsonLocation l) {
    return l == null ? new int[] {0, 0} : new int[] {Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0)};
  }

  private JsonNode read(JsonParser p, String pointer, List<RuleDiagnostic> out) throws IOException {
    values.put(pointer, at(p.currentTokenLocation()));
    JsonToken t = p.currentToken();
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = pointer + "/" + name;
          int[] nameAt = at(p.currentTokenLocation());
          p.nextToken();
          if (o.has(name)) {
            int[] first = names.get(child);
            out.add(new RuleDiagnostic(file, nameAt[0], nameAt[1], Severity.ERROR, "duplicate property '" + name
                + "' (first at line " + (first == null ? "?" : first[0]) + "); remove one of them"));
            read(p, pointer + "/" + name + "#dup", out);
            continue;
          }
          names.put(child, nameAt);
          o.set(name, read(p, child, out));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p, pointer + "/" + i++, out));
        }
        return a;
      }
      case VALUE_STRING -> {
        return f.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return f.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return f.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return f.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return f.nullNode();
      }
      default -> throw new IOException("unexpected token " + t);
    }
  }

  JsonNode root() {
    return root;
  }

  /** Where the value at {@code pointer} starts; {line, column}, {0, 0} when unknown. */
  int[] value(String pointer) {
    return values.getOrDefault(pointer, new int[] {0, 0});
  }

  /** Where the property name of {@code pointer} is, falling back to its value. */
  int[] name(String pointer) {
    int[] n = names.get(pointer);
    return n != null ? n : value(pointer);
  }

  String file() {
    return file;
  }
}
