package dev.kycrules.ruleset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.kycrules.catalog.ReasonCatalog;
import dev.kycrules.catalog.ReasonTexts;
import dev.kycrules.engine.KycException;
import dev.kycrules.model.DocumentType;
import dev.kycrules.policy.AcceptedDocuments;
import dev.kycrules.policy.Policy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data half of a rule set, parsed: policy limits, accepted documents, reason catalog and
 * texts, with the content version of all files (DRL included). Immutable.
 */
public final class RuleSetData {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private final RuleSetFiles files;
  private final Policy policy;
  private final ReasonCatalog catalog;
  private final ReasonTexts texts;
  private final String version;

  private RuleSetData(RuleSetFiles files, Policy policy, ReasonCatalog catalog, ReasonTexts texts) {
    this.files = files;
    this.policy = policy;
    this.catalog = catalog;
    this.texts = texts;
    this.version = files.version();
  }

  /** The shipped defaults of kyc-rules-core (no DRL). */
  public static RuleSetFiles coreDefaults() {
    return CORE_DEFAULTS.get();
  }

  /* The shipped catalog and texts, parsed once: every rule set starts from them, and a reload should not parse them again. */
  private static final Supplier<ReasonCatalog> CORE_CATALOG = Suppliers.memoize(
      () -> ReasonCatalog.fromJson(read(coreDefaults(), "catalog.json"), "catalog.json"));
  private static final Supplier<List<JsonNode>> CORE_TEXT_FILES = Suppliers.memoize(
      () -> coreDefaults().list("texts/", ".json").stream().map(p -> read(coreDefaults(), p)).toList());
  private static final Supplier<ReasonTexts> CORE_TEXTS = Suppliers.memoize(
      () -> ReasonTexts.fromJson(CORE_TEXT_FILES.get(), coreDefaults().list("texts/", ".json")));

  /** Read from the jar once: every parse, overlay and reload starts from them. */
  private static final Supplier<RuleSetFiles> CORE_DEFAULTS =
      Suppliers.memoize(() -> RuleSetFiles.fromClasspath(RuleSetData.class.getClassLoader(),
          "kyc-rules/", RuleSetFiles.CORE_DEFAULTS,
          List.of("texts/zh-Hans.json", "texts/zh-Hant.json", "texts/es.json", "texts/ru.json")));

  /**
   * Parses the data files of {@code files}. The shipped catalog and texts are the base; a rule
   * set's own {@code catalog.json} and {@code texts/*.json} add to them.
   *
   * @throws KycException naming the file and the problem when a file is malformed
   */
  public static RuleSetData parse(RuleSetFiles files) {
    RuleSetFiles base = coreDefaults();
    ReasonCatalog catalog = CORE_CATALOG.get();
    if (files.has("catalog.json") && files != base
        && !java.util.Arrays.equals(files.files().get("catalog.json"), base.files().get("catalog.json"))) {
      catalog = catalog.plus(ReasonCatalog.fromJson(read(files, "catalog.json"), files.origin() + "/catalog.json"));
    }
    List<JsonNode> textFiles = new ArrayList<>(CORE_TEXT_FILES.get());
    List<String> sources = new ArrayList<>(base.list("texts/", ".json"));
    RuleSetFiles merged = base.overlay(files);
    boolean ownTexts = false;
    for (String p : files.list("texts/", ".json")) {
      if (!java.util.Arrays.equals(files.files().get(p), base.files().get(p))) {
        textFiles.add(read(files, p));
        sources.add(files.origin() + "/" + p);
        ownTexts = true;
      }
    }
    ReasonTexts texts = ownTexts ? ReasonTexts.fromJson(textFiles, sources) : CORE_TEXTS.get();
    String policyPath = "policy.json";
    AcceptedDocuments accepted = merged.has(ACCEPTED_CSV)
        ? parseAcceptedCsv(merged.text(ACCEPTED_CSV), merged.origin() + "/" + ACCEPTED_CSV)
        : parseAccepted(read(merged, "accepted-documents.json"), merged.origin() + "/accepted-documents.json");
    Policy policy = parsePolicy(read(merged, policyPath), merged.origin() + "/" + policyPath, accepted);
    return new RuleSetData(files, policy, catalog, texts);
  }

  /** The spreadsheet form of the accepted-documents table; used instead of the JSON when present. */
  public static final String ACCEPTED_CSV = "accepted-documents.csv";
  /** The header line the CSV form must start with. */
  public static final String ACCEPTED_CSV_HEADER = "country,type,nonExpiringAllowed";

  static AcceptedDocuments parseAcceptedCsv(String text, String source) {
    List<AcceptedDocuments.Row> rows = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1);
      if (!header) {
        if (!line.replace(" ", "").equalsIgnoreCase(ACCEPTED_CSV_HEADER)) {
          throw new KycException(where + ": the first line must be the header " + ACCEPTED_CSV_HEADER);
        }
        header = true;
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length < 2 || cells.length > 3) {
        throw new KycException(where + ": expected 2 or 3 comma-separated values (" + ACCEPTED_CSV_HEADER + ")");
      }
      String country = cells[0].strip();
      if (!country.equals("*") && !Set.of(Locale.getISOCountries()).contains(country) && !country.equals("XK")) {
        throw new KycException(where + ": country '" + country + "' is not an ISO 3166-1 alpha-2 code or *");
      }
      DocumentType type;
      try {
        type = DocumentType.valueOf(cells[1].strip());
      } catch (IllegalArgumentException e) {
        throw new KycException(where + ": type '" + cells[1].strip() + "' is not one of "
            + java.util.Arrays.toString(DocumentType.values()));
      }
      String flag = cells.length == 3 ? cells[2].strip().toLowerCase(Locale.ROOT) : "";
      if (!Set.of("", "true", "false").contains(flag)) {
        throw new KycException(where + ": nonExpiringAllowed must be true, false or empty");
      }
      rows.add(new AcceptedDocuments.Row(country, type, flag.equals("true")));
    }
    try {
      return AcceptedDocuments.of(rows);
    } catch (IllegalArgumentException e) {
      throw new KycException(source + ": " + e.getMessage());
    }
  }

  static JsonNode read(RuleSetFiles files, String path) {
    try {
      return JSON.readTree(files.files().get(path) == null ? throwMissing(files, path) : files.files().get(path));
    } catch (IOException e) {
      throw new KycException(files.origin() + "/" + path + ": not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
    }
  }

  private static byte[] throwMissing(RuleSetFiles files, String path) {
    throw new KycException(files.origin() + ": rule set file " + path + " is missing");
  }

  static Policy parsePolicy(JsonNode root, String source, AcceptedDocuments accepted) {
    only(root, source, "", Set.of("limits", "stricter", "countries"));
    Map<String, Double> limits = numbers(root.path("limits"), source, "limits");
    JsonNode stricter = root.path("stricter");
    only(stricter, source, "stricter.", Set.of("afterFailures", "limits"));
    Map<String, Double> strict = numbers(stricter.path("limits"), source, "stricter.limits");
    int after = stricter.path("afterFailures").asInt(Integer.MAX_VALUE);
    Map<String, Map<String, Double>> countries = new LinkedHashMap<>();
    JsonNode byCountry = root.path("countries");
    if (!byCountry.isMissingNode() && !byCountry.isObject()) {
      throw new KycException(source + ": countries must be an object mapping country codes to their limits");
    }
    for (var it = byCountry.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().isObject()) {
        throw new KycException(source + ": countries." + e.getKey() + " must be an object mapping limit names to numbers");
      }
      countries.put(e.getKey(), numbers(e.getValue(), source, "countries." + e.getKey()));
    }
    try {
      return new Policy(limits, strict, after, accepted, countries);
    } catch (KycException e) {
      throw new KycException(source + ": " + e.getMessage(), e);
    }
  }

  private static void only(JsonNode node, String source, String prefix, Set<String> allowed) {
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new KycException(source + ": unknown property '" + prefix + f + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
  }

  private static Map<String, Double> numbers(JsonNode node, String source, String where) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().isNumber()) {
        throw new KycException(source + ": " + where + "." + e.getKey() + " must be a number");
      }
      m.put(e.getKey(), e.getValue().asDouble());
    }
    return m;
  }

  static AcceptedDocuments parseAccepted(JsonNode root, String source) {
    only(root, source, "", Set.of("rows"));
    List<AcceptedDocuments.Row> rows = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root.path("rows")) {
      String where = source + ": rows[" + i++ + "]";
      only(r, where, "", Set.of("country", "type", "nonExpiringAllowed"));
      String country = r.path("country").asText("");
      if (!country.equals("*") && !Set.of(Locale.getISOCountries()).contains(country) && !country.equals("XK")) {
        throw new KycException(where + ": country '" + country + "' is not an ISO 3166-1 alpha-2 code or *");
      }
      DocumentType type;
      try {
        type = DocumentType.valueOf(r.path("type").asText(""));
      } catch (IllegalArgumentException e) {
        throw new KycException(where + ": type '" + r.path("type").asText("") + "' is not one of "
            + java.util.Arrays.toString(DocumentType.values()));
      }
      rows.add(new AcceptedDocuments.Row(country, type, r.path("nonExpiringAllowed").asBoolean(false)));
    }
    try {
      return AcceptedDocuments.of(rows);
    } catch (IllegalArgumentException e) {
      throw new KycException(source + ": " + e.getMessage());
    }
  }

  public RuleSetFiles files() {
    return files;
  }

  public Policy policy() {
    return policy;
  }

  public ReasonCatalog catalog() {
    return catalog;
  }

  public ReasonTexts texts() {
    return texts;
  }

  /** The content hash of every file of the rule set. */
  public String version() {
    return version;
  }

  /** Returns the same data with a different policy (version unchanged; for tests and tools). */
  public RuleSetData withPolicy(Policy p) {
    return new RuleSetData(files, p, catalog, texts);
  }
}
