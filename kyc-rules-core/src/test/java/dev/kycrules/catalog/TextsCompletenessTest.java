package dev.kycrules.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kycrules.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that every reason code has every text in every shipped locale, that translations use
 * exactly the placeholders of the English text, and that user texts never leak thresholds.
 *
 * <p>Each test collects every problem before failing, so one run lists all of them as
 * {@code locale / code: problem}.
 */
class TextsCompletenessTest {

  static final String BASE = "/kyc-rules/";
  static final String DEFAULT_LOCALE = "en";
  static final List<String> SHIPPED = List.of("en", "zh-Hans", "zh-Hant", "es", "ru");

  static final Set<String> ALLOWED_PLACEHOLDERS =
      Set.of("retryAfter", "acceptedTypes", "country", "field", "expiryDate");
  static final Set<String> HINT_KEYS = Set.of("FRONT_CAMERA", "REMOVE_GLASSES", "TRY_OTHER_DOCUMENT");
  static final Set<String> FIELD_KEYS =
      Set.of("fullName", "dateOfBirth", "issuingCountry", "documentType", "documentNumber");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");
  /** Anything brace-like that is not a well-formed placeholder, e.g. "{ field }" or "{retry_after}". */
  static final Pattern STRAY_BRACE = Pattern.compile("[{}｛｝]");
  /** Decimal numbers (0.5, 0,5, ０.５) and percentages never belong in any text. */
  static final Pattern DECIMAL = Pattern.compile("\\p{Nd}\\s*[.,，．]\\s*\\p{Nd}");
  static final Pattern PERCENT = Pattern.compile("[%％‰]|процент|por ?ciento|百分");
  /**
   * The one number photo-quality texts may carry: the 15-20 cm shooting distance from the help
   * article. It is advice about the camera, not a policy threshold.
   */
  static final Pattern SHOOTING_DISTANCE =
      Pattern.compile("15\\s*(?:-|–|—|~|～|至|到|y|и|до)\\s*20\\s*(?:cm|см|厘米|公分|公分左右)");

  static JsonNode catalog;
  static Set<String> thresholdCodes;
  static Map<String, JsonNode> texts = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    catalog = read(mapper, BASE + "catalog.json").get("codes");
    JsonNode policy = read(mapper, BASE + "policy.json");
    thresholdCodes = new TreeSet<>();
    policy.get("limits").fieldNames().forEachRemaining(k -> thresholdCodes.add(baseCode(k)));
    JsonNode stricter = policy.path("stricter").path("limits");
    stricter.fieldNames().forEachRemaining(k -> thresholdCodes.add(baseCode(k)));
    for (String tag : SHIPPED) {
      texts.put(tag, read(mapper, BASE + "texts/" + tag + ".json"));
    }
  }

  private static String baseCode(String limitKey) {
    int dot = limitKey.indexOf('.');
    return dot < 0 ? limitKey : limitKey.substring(0, dot);
  }

  private static JsonNode read(ObjectMapper mapper, String resource) throws IOException {
    try (InputStream in = TextsCompletenessTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        fail("missing resource " + resource);
      }
      return mapper.readTree(in);
    }
  }

  @Test
  void everyCatalogCodeHasEveryTextInEveryLocale() {
    List<String> problems = new ArrayList<>();
    for (var e : texts.entrySet()) {
      String tag = e.getKey();
      JsonNode file = e.getValue();
      if (!tag.equals(file.path("locale").asText())) {
        problems.add(tag + ": \"locale\" is \"" + file.path("locale").asText() + "\", expected the file's tag");
      }
      JsonNode codes = file.path("codes");
      for (Iterator<String> it = catalog.fieldNames(); it.hasNext(); ) {
        String code = it.next();
        JsonNode t = codes.get(code);
        if (t == null) {
          problems.add(tag + " / " + code + ": no texts");
          continue;
        }
        if (isBlank(t.get("message"))) {
          problems.add(tag + " / " + code + ": message missing or blank");
        }
        JsonNode steps = t.get("remediation");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
          problems.add(tag + " / " + code + ": remediation missing or empty");
        } else {
          if (steps.size() > 4 || steps.size() < 2) {
            // Shipped texts give two to four steps; host overrides are only held to "at least one".
            problems.add(tag + " / " + code + ": " + steps.size() + " remediation steps, expected 2-4");
          }
          for (int i = 0; i < steps.size(); i++) {
            if (isBlank(steps.get(i))) {
              problems.add(tag + " / " + code + ": remediation step " + (i + 1) + " blank");
            }
          }
        }
        if (isBlank(t.get("operatorNote"))) {
          problems.add(tag + " / " + code + ": operatorNote missing or blank");
        }
      }
      codes.fieldNames().forEachRemaining(code -> {
        if (!catalog.has(code)) {
          problems.add(tag + " / " + code + ": text for a code that is not in catalog.json");
        }
      });
    }
    assertNoProblems(problems);
  }

  @Test
  void everyHintDocumentTypeAndFieldExistsInEveryLocale() {
    List<String> problems = new ArrayList<>();
    Set<String> docTypes = new TreeSet<>();
    for (DocumentType t : DocumentType.values()) {
      docTypes.add(t.name());
    }
    for (var e : texts.entrySet()) {
      String tag = e.getKey();
      checkKeys(problems, tag, "hints", e.getValue().path("hints"), HINT_KEYS);
      checkKeys(problems, tag, "documentTypes", e.getValue().path("documentTypes"), docTypes);
      checkKeys(problems, tag, "fields", e.getValue().path("fields"), FIELD_KEYS);
    }
    assertNoProblems(problems);
  }

  private static void checkKeys(
      List<String> problems, String tag, String section, JsonNode node, Set<String> expected) {
    for (String key : expected) {
      if (isBlank(node.get(key))) {
        problems.add(tag + " / " + section + "." + key + ": missing or blank");
      }
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!expected.contains(key)) {
        problems.add(tag + " / " + section + "." + key + ": unknown key");
      }
    });
  }

  @Test
  void translationsUseExactlyTheEnglishPlaceholdersAndOnlyAllowedOnes() {
    List<String> problems = new ArrayList<>();
    Map<String, String> english = flatten(texts.get(DEFAULT_LOCALE));
    for (var e : texts.entrySet()) {
      String tag = e.getKey();
      Map<String, String> flat = flatten(e.getValue());
      for (var t : flat.entrySet()) {
        Set<String> names = placeholders(t.getValue());
        for (String name : names) {
          if (!ALLOWED_PLACEHOLDERS.contains(name)) {
            problems.add(tag + " / " + t.getKey() + ": unknown placeholder {" + name + "}");
          }
        }
        String rest = PLACEHOLDER.matcher(t.getValue()).replaceAll("");
        if (STRAY_BRACE.matcher(rest).find()) {
          problems.add(tag + " / " + t.getKey() + ": malformed placeholder (stray brace)");
        }
        String en = english.get(t.getKey());
        if (en != null && !names.equals(placeholders(en))) {
          problems.add(tag + " / " + t.getKey() + ": placeholders " + names
              + " differ from English " + placeholders(en));
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void userTextsNeverCarryThresholdsOrScores() {
    List<String> problems = new ArrayList<>();
    for (var e : texts.entrySet()) {
      String tag = e.getKey();
      JsonNode codes = e.getValue().path("codes");
      codes.fields().forEachRemaining(c -> {
        String code = c.getKey();
        boolean photo = "PHOTO_QUALITY".equals(catalog.path(code).path("category").asText());
        forEachUserText(c.getValue(), (where, text) -> {
          checkNoDecimalOrPercent(problems, tag, code + "." + where, text);
          if (thresholdCodes.contains(code)) {
            String stripped = photo ? SHOOTING_DISTANCE.matcher(text).replaceAll("") : text;
            if (stripped.codePoints().anyMatch(Character::isDigit)) {
              problems.add(tag + " / " + code + "." + where
                  + ": digits in a user text of a code with a policy threshold: \"" + text + "\"");
            }
          }
        });
        // Operator notes may explain evidence, but thresholds are overridable data: no literal values.
        checkNoDecimalOrPercent(problems, tag, code + ".operatorNote",
            c.getValue().path("operatorNote").asText());
      });
      e.getValue().path("hints").fields().forEachRemaining(h -> {
        checkNoDecimalOrPercent(problems, tag, "hints." + h.getKey(), h.getValue().asText());
        if (h.getValue().asText().codePoints().anyMatch(Character::isDigit)) {
          problems.add(tag + " / hints." + h.getKey() + ": digits in a hint");
        }
      });
    }
    assertNoProblems(problems);
  }

  @Test
  void theRuleCatchesWhatItShould() {
    // Guards the guard: the patterns must flag the kinds of leaks they exist for.
    assertTrue(DECIMAL.matcher("score 0.5").find());
    assertTrue(DECIMAL.matcher("umbral 0,5").find());
    assertTrue(PERCENT.matcher("below 60%").find());
    assertTrue(SHOOTING_DISTANCE.matcher("about 15-20 cm away").find());
    assertTrue(SHOOTING_DISTANCE.matcher("约 15～20 厘米").find());
    assertTrue(SHOOTING_DISTANCE.matcher("на расстоянии 15–20 см").find());
    assertTrue(placeholders("wait until {retryAfter}").contains("retryAfter"));
  }

  private static void checkNoDecimalOrPercent(List<String> problems, String tag, String where, String text) {
    if (DECIMAL.matcher(text).find()) {
      problems.add(tag + " / " + where + ": decimal number in text: \"" + text + "\"");
    }
    if (PERCENT.matcher(text).find()) {
      problems.add(tag + " / " + where + ": percentage in text: \"" + text + "\"");
    }
  }

  /** Calls back with message and each remediation step (the texts a person sees). */
  private static void forEachUserText(JsonNode t, BiConsumer<String, String> sink) {
    sink.accept("message", t.path("message").asText());
    JsonNode steps = t.path("remediation");
    for (int i = 0; i < steps.size(); i++) {
      sink.accept("remediation[" + (i + 1) + "]", steps.get(i).asText());
    }
  }

  /**
   * Texts keyed by their place in the file. Remediation is compared as one unit (all steps joined),
   * since a translation may split or merge steps where that reads more naturally.
   */
  private static Map<String, String> flatten(JsonNode file) {
    Map<String, String> flat = new LinkedHashMap<>();
    file.path("codes").fields().forEachRemaining(c -> {
      String code = c.getKey();
      JsonNode t = c.getValue();
      flat.put(code + ".message", t.path("message").asText());
      StringBuilder steps = new StringBuilder();
      t.path("remediation").forEach(s -> steps.append(s.asText()).append('\n'));
      flat.put(code + ".remediation", steps.toString());
      flat.put(code + ".operatorNote", t.path("operatorNote").asText());
    });
    for (String section : List.of("hints", "documentTypes", "fields")) {
      file.path(section).fields().forEachRemaining(
          h -> flat.put(section + "." + h.getKey(), h.getValue().asText()));
    }
    return flat;
  }

  static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static boolean isBlank(JsonNode n) {
    return n == null || !n.isTextual() || n.asText().isBlank();
  }

  private static void assertNoProblems(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }
}
