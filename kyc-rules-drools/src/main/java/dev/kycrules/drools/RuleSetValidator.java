package dev.kycrules.drools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.decision.Category;
import dev.kycrules.decision.Disposition;
import dev.kycrules.drools.RuleDiagnostic.Severity;
import dev.kycrules.engine.KycException;
import dev.kycrules.model.DocumentType;
import dev.kycrules.policy.Policy;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.ruleset.RuleSetFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a rule-set directory the way a compiler would, without loading it: the DRL allow-list and
 * syntax, reason codes against the catalog, texts for every code, policy and table values, rules
 * that can never fire, and finally a full compile. Every problem comes back located as
 * {@code file:line:column}; the rule set loads exactly when no diagnostic is an ERROR.
 */
public final class RuleSetValidator {
  private static final Set<String> UNIT_INTERVAL = Set.of("DOC_IMAGE_BLURRY", "DOC_IMAGE_GLARE", "DOC_IMAGE_TOO_DARK",
      "DOC_IMAGE_OVEREXPOSED", "DOC_TOO_FAR", "DOC_SCREEN_RECAPTURE", "DOC_PAPER_COPY", "FACE_TOO_DARK",
      "FACE_TOO_BRIGHT", "FACE_BLURRY", "FACE_MATCH_INCONCLUSIVE", "FACE_MISMATCH", "DATA_NAME_FUZZY");
  /** Whole-number limits and their allowed range. */
  private static final Map<String, long[]> COUNTS = Map.of(
      "DOC_CORNERS_CUT_OFF", new long[] {0, 4},
      "DOC_EXPIRES_SOON", new long[] {0, 3650},
      "DATA_AGE_BELOW_MINIMUM", new long[] {0, 120},
      "ATTEMPT_COOLDOWN_ACTIVE", new long[] {1, 1000},
      "ATTEMPT_LIMIT_REACHED", new long[] {1, 1000});
  private static final Map<String, double[]> POSITIVE = Map.of(
      "ATTEMPT_COOLDOWN_ACTIVE.hours", new double[] {0, 24 * 366},
      "ATTEMPT_LIMIT_REACHED.days", new double[] {0, 3660});

  private RuleSetValidator() {}

  /** Validates the rule set in {@code dir}. */
  public static List<RuleDiagnostic> validate(Path dir) {
    return validate(RuleSetFiles.fromDirectory(dir));
  }

  /**
   * Validates a rule set given as its own files (what a directory holds; the shipped catalog and
   * texts are the base its catalog and texts add to). Sorted by file, line and column.
   */
  public static List<RuleDiagnostic> validate(RuleSetFiles own) {
    return validate(own, true);
  }

  /** Every check except the compile, which the caller does itself (hot reload). */
  static List<RuleDiagnostic> validate(RuleSetFiles own, boolean compile) {
    List<RuleDiagnostic> out = new ArrayList<>();
    RuleSetFiles base = RuleSetData.coreDefaults();
    RuleSetFiles full = base.overlay(own);

    // DRL: syntax and allow-list, file by file
    List<String> drl = own.list("rules/", ".drl");
    if (drl.isEmpty()) {
      out.add(new RuleDiagnostic("rules/", 0, 0, Severity.ERROR, "no .drl files found under rules/"));
    }
    List<DrlPolicy.RuleInfo> rules = new ArrayList<>();
    for (String f : drl) {
      DrlPolicy.Result r = DrlPolicy.check(f, own.text(f));
      out.addAll(r.diagnostics());
      rules.addAll(r.rules());
    }
    for (String f : own.files().keySet()) {
      if (!f.endsWith(".drl") && !f.endsWith(".json") && !f.endsWith(".csv") && !f.endsWith(".md")
          && !f.endsWith(".txt")) {
        out.add(new RuleDiagnostic(f, 0, 0, Severity.WARNING, "not part of a rule set; it is ignored"));
      } else if (f.endsWith(".drl") && !f.startsWith("rules/")) {
        out.add(new RuleDiagnostic(f, 0, 0, Severity.WARNING, "DRL files are only read from rules/; this one is ignored"));
      }
    }

    // catalog
    Map<String, Category> categories = new LinkedHashMap<>();
    JsonNode shippedCatalog = json(base, "catalog.json", out);
    shippedCatalog.path("codes").fields().forEachRemaining(e -> categories.put(e.getKey(),
        Category.valueOf(e.getValue().path("category").asText())));
    Map<String, int[]> ownCodes = new LinkedHashMap<>();
    LocatedJson catalog = own.has("catalog.json") ? LocatedJson.parse("catalog.json", own.files().get("catalog.json"), out) : null;
    if (catalog != null) {
      checkCatalog(catalog, categories, ownCodes, out);
    }

    // texts: every code needs an English message, remediation and operator note
    Map<String, JsonNode> english = new HashMap<>();
    json(base, "texts/en.json", out).path("codes").fields().forEachRemaining(e -> english.put(e.getKey(), e.getValue()));
    for (String t : own.list("texts/", ".json")) {
      LocatedJson texts = LocatedJson.parse(t, own.files().get(t), out);
      if (texts != null && texts.root().isObject()) {
        for (var it = texts.root().fieldNames(); it.hasNext(); ) {
          String f = it.next();
          if (!Set.of("locale", "codes", "hints", "documentTypes", "fields").contains(f)) {
            int[] at = texts.name("/" + f);
            out.add(new RuleDiagnostic(t, at[0], at[1], Severity.ERROR, "unknown property '" + f
                + "' (expected locale, codes, hints, documentTypes, fields)"));
          }
        }
        if ("en".equals(texts.root().path("locale").asText())) {
          texts.root().path("codes").fields().forEachRemaining(e -> english.put(e.getKey(), e.getValue()));
        }
      }
    }
    for (String code : categories.keySet()) {
      JsonNode t = english.get(code);
      List<String> missing = new ArrayList<>();
      if (t == null || t.path("message").asText("").isBlank()) {
        missing.add("message");
      }
      if (t == null || !t.path("remediation").isArray() || t.path("remediation").isEmpty()) {
        missing.add("remediation");
      }
      if (t == null || t.path("operatorNote").asText("").isBlank()) {
        missing.add("operatorNote");
      }
      if (!missing.isEmpty()) {
        int[] at = ownCodes.getOrDefault(code, new int[] {0, 0});
        out.add(new RuleDiagnostic(ownCodes.containsKey(code) ? "catalog.json" : "texts/en.json", at[0], at[1],
            Severity.ERROR, "code " + code + " has no English " + String.join(", ", missing)
            + "; add them under \"codes\" in texts/en.json"));
      }
    }

    // policy
    Map<String, Double> limits = new LinkedHashMap<>();
    Map<String, Double> stricter = new LinkedHashMap<>();
    String policyFile = "policy.json";
    LocatedJson policy = LocatedJson.parse(policyFile, full.files().get(policyFile), out);
    if (policy != null) {
      checkPolicy(own.has(policyFile) ? policyFile : "(shipped) policy.json", policy, categories.keySet(), limits,
          stricter, out);
    }

    // accepted documents
    boolean csv = own.has(RuleSetData.ACCEPTED_CSV);
    if (csv && own.has("accepted-documents.json")) {
      out.add(new RuleDiagnostic(RuleSetData.ACCEPTED_CSV, 1, 1, Severity.ERROR,
          "both accepted-documents.csv and accepted-documents.json exist; keep one of them"));
    } else if (csv) {
      checkAcceptedCsv(own.text(RuleSetData.ACCEPTED_CSV), out);
    } else if (own.has("accepted-documents.json")) {
      LocatedJson acc = LocatedJson.parse("accepted-documents.json", own.files().get("accepted-documents.json"), out);
      if (acc != null) {
        checkAcceptedJson(acc, out);
      }
    }

    // rules against catalog and policy
    Map<String, DrlPolicy.RuleInfo> byConditions = new HashMap<>();
    for (DrlPolicy.RuleInfo r : rules) {
      if (r.code() != null && !categories.containsKey(r.code())) {
        out.add(new RuleDiagnostic(r.file(), r.codeLine(), 0, Severity.ERROR, "rule \"" + r.name() + "\": code "
            + r.code() + " is not in the catalog; declare it in catalog.json (category and disposition) and give it texts"));
      }
      for (DrlPolicy.LimitRef l : r.limits()) {
        if (!limits.isEmpty() && !limits.containsKey(l.key())) {
          out.add(new RuleDiagnostic(r.file(), l.line(), l.column(), Severity.ERROR, "rule \"" + r.name()
              + "\": policy has no limit \"" + l.key() + "\"; add it under \"limits\" in policy.json"));
        }
      }
      emptyBands(r, limits, "standard", out);
      if (!stricter.isEmpty()) {
        Map<String, Double> strict = new LinkedHashMap<>(limits);
        strict.putAll(stricter);
        emptyBands(r, strict, "stricter", out);
      }
      if (!r.conditions().isEmpty()) {
        DrlPolicy.RuleInfo same = byConditions.putIfAbsent(r.conditions(), r);
        if (same != null) {
          out.add(new RuleDiagnostic(r.file(), r.line(), r.column(), Severity.WARNING, "rule \"" + r.name()
              + "\" has the same conditions as rule \"" + same.name() + "\" (" + same.file() + ":" + same.line()
              + "); both always fire together"));
        }
      }
    }

    // compile only what passed the allow-list
    if (out.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      try {
        RuleSetData.parse(full);
      } catch (KycException e) {
        out.add(new RuleDiagnostic("", 0, 0, Severity.ERROR, e.getMessage()));
      }
      if (compile) {
        try {
          RuleCompiler.compile(full);
        } catch (RuleSetInvalidException e) {
          out.addAll(e.diagnostics());
        }
      }
    }
    out.sort(Comparator.comparing(RuleDiagnostic::file).thenComparingInt(RuleDiagnostic::line)
        .thenComparingInt(RuleDiagnostic::column));
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** True when any diagnostic is an ERROR. */
  public static boolean hasErrors(List<RuleDiagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  private static JsonNode json(RuleSetFiles files, String path, List<RuleDiagnostic> out) {
    LocatedJson j = LocatedJson.parse(path, files.files().get(path), out);
    return j == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : j.root();
  }

  private static void checkCatalog(LocatedJson c, Map<String, Category> categories, Map<String, int[]> ownCodes,
      List<RuleDiagnostic> out) {
    JsonNode root = c.root();
    unknown(c, "", root, Set.of("codes"), out);
    JsonNode codes = root.path("codes");
    if (!codes.isObject()) {
      out.add(error(c, c.value(""), "expected an object \"codes\" mapping each code to its category and disposition"));
      return;
    }
    for (var it = codes.fields(); it.hasNext(); ) {
      var e = it.next();
      String code = e.getKey();
      String ptr = "/codes/" + code;
      ownCodes.put(code, c.name(ptr));
      if (!code.matches("[A-Z][A-Z0-9_]*")) {
        out.add(error(c, c.name(ptr), "code '" + code + "' must be upper case letters, digits and underscores"));
      }
      unknown(c, ptr + "/", e.getValue(), Set.of("category", "disposition"), out);
      Category cat = enumValue(c, ptr + "/category", e.getValue().path("category"), Category.class, out);
      enumValue(c, ptr + "/disposition", e.getValue().path("disposition"), Disposition.class, out);
      if (cat != null) {
        categories.put(code, cat);
      }
    }
  }

  private static <E extends Enum<E>> E enumValue(LocatedJson c, String ptr, JsonNode v, Class<E> type,
      List<RuleDiagnostic> out) {
    if (v.isMissingNode()) {
      out.add(error(c, c.value(ptr.substring(0, ptr.lastIndexOf('/'))), ptr.substring(ptr.lastIndexOf('/') + 1)
          + " is required (one of " + Arrays.toString(type.getEnumConstants()) + ")"));
      return null;
    }
    try {
      return Enum.valueOf(type, v.asText());
    } catch (IllegalArgumentException e) {
      out.add(error(c, c.value(ptr), "'" + v.asText() + "' is not one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private static void checkPolicy(String file, LocatedJson p, Set<String> codes, Map<String, Double> limits,
      Map<String, Double> stricter, List<RuleDiagnostic> out) {
    JsonNode root = p.root();
    unknown(p, "", root, Set.of("limits", "stricter", "countries"), out);
    numbers(p, "/limits", root.path("limits"), codes, limits, out);
    for (String key : Policy.REQUIRED) {
      if (!root.path("limits").has(key)) {
        out.add(error(p, p.name("/limits"), "limit \"" + key + "\" is required (the engine's throttling uses it)"));
      }
    }
    JsonNode s = root.path("stricter");
    if (!s.isMissingNode()) {
      unknown(p, "/stricter/", s, Set.of("afterFailures", "limits"), out);
      JsonNode after = s.path("afterFailures");
      if (!after.isMissingNode() && (!after.isIntegralNumber() || after.asLong() < 1)) {
        out.add(error(p, p.value("/stricter/afterFailures"), "stricter.afterFailures must be a whole number of at least 1"));
      }
      numbers(p, "/stricter/limits", s.path("limits"), codes, stricter, out);
      for (String key : stricter.keySet()) {
        if (root.path("limits").isObject() && !root.path("limits").has(key)) {
          out.add(error(p, p.name("/stricter/limits/" + key), "stricter limit \"" + key
              + "\" has no standard value; add it under \"limits\" too"));
        }
      }
    }
    JsonNode countries = root.path("countries");
    if (!countries.isMissingNode() && !countries.isObject()) {
      out.add(error(p, p.value("/countries"), "expected an object mapping country codes to their limits"));
    } else if (countries.isObject()) {
      for (var it = countries.fields(); it.hasNext(); ) {
        var e = it.next();
        String country = e.getKey();
        String at = "/countries/" + country;
        if (!country.matches("[A-Z]{2}")) {
          out.add(error(p, p.name(at), "\"" + country + "\" is not an ISO 3166-1 alpha-2 country code such as \"DE\""));
        }
        Map<String, Double> own = new LinkedHashMap<>();
        numbers(p, at, e.getValue(), codes, own, out);
        for (String key : own.keySet()) {
          String why = Policy.notPerCountry(key);
          if (why != null) {
            out.add(error(p, p.name(at + "/" + key), "\"" + key + "\": " + why));
          } else if (root.path("limits").isObject() && !root.path("limits").has(key)) {
            out.add(error(p, p.name(at + "/" + key), "country limit \"" + key
                + "\" has no standard value; add it under \"limits\" too"));
          }
        }
      }
    }
  }

  private static void numbers(LocatedJson p, String ptr, JsonNode node, Set<String> codes, Map<String, Double> into,
      List<RuleDiagnostic> out) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      out.add(error(p, p.value(ptr), "expected an object mapping limit names to numbers"));
      return;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String key = e.getKey();
      String at = ptr + "/" + key;
      String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      if (!codes.contains(code)) {
        out.add(error(p, p.name(at), "unknown limit \"" + key + "\": limits are named after a reason code in the"
            + " catalog (or CODE.suffix); check the spelling or declare the code in catalog.json"));
      }
      JsonNode v = e.getValue();
      if (!v.isNumber()) {
        out.add(error(p, p.value(at), "limit \"" + key + "\" must be a number"));
        continue;
      }
      double d = v.asDouble();
      into.put(key, d);
      if (UNIT_INTERVAL.contains(key) && (d < 0 || d > 1)) {
        out.add(error(p, p.value(at), "limit \"" + key + "\" is a score between 0 and 1; " + v.asText() + " is out of range"));
      }
      long[] range = COUNTS.get(key);
      if (range != null && (d != Math.rint(d) || d < range[0] || d > range[1])) {
        out.add(error(p, p.value(at), "limit \"" + key + "\" must be a whole number from " + range[0] + " to "
            + range[1] + "; " + v.asText() + " is not"));
      }
      double[] pos = POSITIVE.get(key);
      if (pos != null && (d <= pos[0] || d > pos[1])) {
        out.add(error(p, p.value(at), "limit \"" + key + "\" must be above " + (long) pos[0] + " and at most "
            + (long) pos[1] + "; " + v.asText() + " is not"));
      }
    }
  }

  private static void checkAcceptedJson(LocatedJson a, List<RuleDiagnostic> out) {
    unknown(a, "", a.root(), Set.of("rows"), out);
    JsonNode rows = a.root().path("rows");
    if (!rows.isArray()) {
      out.add(error(a, a.value(""), "expected \"rows\": [ {\"country\": ..., \"type\": ...}, ... ]"));
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String ptr = "/rows/" + i;
      JsonNode r = rows.get(i);
      unknown(a, ptr + "/", r, Set.of("country", "type", "nonExpiringAllowed"), out);
      String country = r.path("country").asText("");
      String type = r.path("type").asText("");
      String problem = countryProblem(country);
      if (problem != null) {
        out.add(error(a, a.value(r.has("country") ? ptr + "/country" : ptr), problem));
      }
      problem = typeProblem(type);
      if (problem != null) {
        out.add(error(a, a.value(r.has("type") ? ptr + "/type" : ptr), problem));
      }
      JsonNode flag = r.path("nonExpiringAllowed");
      if (!flag.isMissingNode() && !flag.isBoolean()) {
        out.add(error(a, a.value(ptr + "/nonExpiringAllowed"), "nonExpiringAllowed must be true or false"));
      }
      Integer first = seen.putIfAbsent(country + "," + type, a.value(ptr)[0]);
      if (first != null) {
        out.add(error(a, a.value(ptr), "duplicate row " + country + "," + type + " (first at line " + first + ")"));
      }
    }
  }

  private static void checkAcceptedCsv(String text, List<RuleDiagnostic> out) {
    String file = RuleSetData.ACCEPTED_CSV;
    String[] lines = text.split("\\R", -1);
    boolean header = false;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int n = i + 1;
      if (!header) {
        header = true;
        if (!line.strip().replace(" ", "").equalsIgnoreCase(RuleSetData.ACCEPTED_CSV_HEADER)) {
          out.add(new RuleDiagnostic(file, n, 1, Severity.ERROR, "the first line must be the header "
              + RuleSetData.ACCEPTED_CSV_HEADER));
          return;
        }
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length < 2 || cells.length > 3) {
        out.add(new RuleDiagnostic(file, n, 1, Severity.ERROR, "expected 2 or 3 comma-separated values ("
            + RuleSetData.ACCEPTED_CSV_HEADER + ")"));
        continue;
      }
      String country = cells[0].strip();
      String type = cells[1].strip();
      String problem = countryProblem(country);
      if (problem != null) {
        out.add(new RuleDiagnostic(file, n, 1, Severity.ERROR, problem));
      }
      problem = typeProblem(type);
      if (problem != null) {
        out.add(new RuleDiagnostic(file, n, cells[0].length() + 2, Severity.ERROR, problem));
      }
      if (cells.length == 3 && !Set.of("", "true", "false").contains(cells[2].strip().toLowerCase(Locale.ROOT))) {
        out.add(new RuleDiagnostic(file, n, cells[0].length() + cells[1].length() + 3, Severity.ERROR,
            "nonExpiringAllowed must be true, false or empty"));
      }
      Integer first = seen.putIfAbsent(country + "," + type, n);
      if (first != null) {
        out.add(new RuleDiagnostic(file, n, 1, Severity.ERROR, "duplicate row " + country + "," + type
            + " (first at line " + first + ")"));
      }
    }
    if (!header) {
      out.add(new RuleDiagnostic(file, 1, 1, Severity.ERROR, "the file is empty; start with the header "
          + RuleSetData.ACCEPTED_CSV_HEADER));
    }
  }

  private static String countryProblem(String country) {
    if (country.equals("*") || country.equals("XK") || Set.of(Locale.getISOCountries()).contains(country)) {
      return null;
    }
    return "country '" + country + "' is not an ISO 3166-1 alpha-2 code (such as CN or ES) or *";
  }

  private static String typeProblem(String type) {
    try {
      DocumentType.valueOf(type);
      return null;
    } catch (IllegalArgumentException e) {
      return "type '" + type + "' is not one of " + Arrays.toString(DocumentType.values());
    }
  }

  private static void unknown(LocatedJson j, String prefix, JsonNode node, Set<String> allowed,
      List<RuleDiagnostic> out) {
    if (!node.isObject()) {
      if (!node.isMissingNode()) {
        out.add(error(j, j.value(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix),
            "expected a JSON object"));
      }
      return;
    }
    String base = prefix.endsWith("/") ? prefix : prefix + "/";
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        out.add(error(j, j.name(base + f), "unknown property '" + f + "' (expected one of "
            + new java.util.TreeSet<>(allowed) + ")"));
      }
    }
  }

  private static void emptyBands(DrlPolicy.RuleInfo r, Map<String, Double> limits, String tier,
      List<RuleDiagnostic> out) {
    Map<String, List<DrlPolicy.Bound>> byField = new LinkedHashMap<>();
    for (DrlPolicy.Bound b : r.bounds()) {
      byField.computeIfAbsent(b.pattern() + ":" + b.field(), k -> new ArrayList<>()).add(b);
    }
    for (List<DrlPolicy.Bound> bs : byField.values()) {
      for (DrlPolicy.Bound lo : bs) {
        for (DrlPolicy.Bound hi : bs) {
          if (!lo.lower() || hi.lower()) {
            continue;
          }
          Double l = lo.key() != null ? limits.get(lo.key()) : lo.value();
          Double h = hi.key() != null ? limits.get(hi.key()) : hi.value();
          if (l == null || h == null) {
            continue;
          }
          boolean empty = l > h || (l.equals(h) && !(lo.inclusive() && hi.inclusive()));
          if (empty) {
            out.add(new RuleDiagnostic(r.file(), hi.line(), hi.column(), Severity.WARNING, "rule \"" + r.name()
                + "\" can never fire with the " + tier + " limits: it needs " + lo.field() + (lo.inclusive() ? " >= " : " > ")
                + describe(lo, l) + " and " + hi.field() + (hi.inclusive() ? " <= " : " < ") + describe(hi, h)));
          }
        }
      }
    }
  }

  private static String describe(DrlPolicy.Bound b, double v) {
    String n = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    return b.key() == null ? n : n + " (" + b.key() + ")";
  }

  private static RuleDiagnostic error(LocatedJson j, int[] at, String message) {
    return new RuleDiagnostic(j.file(), at[0], at[1], Severity.ERROR, message);
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
