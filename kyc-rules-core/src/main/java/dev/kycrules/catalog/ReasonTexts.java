package dev.kycrules.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.engine.KycException;
import dev.kycrules.model.DocumentType;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User messages, remediation steps and operator notes for every reason code, per locale. Locale
 * look-up falls back from the most specific tag to the language and finally to English, with
 * Chinese mapped to its script first (zh-CN → zh-Hans, zh-TW/zh-HK → zh-Hant). Immutable.
 */
public final class ReasonTexts {
  /** The placeholders a text may use. */
  public static final Set<String> PLACEHOLDERS = Set.of("retryAfter", "acceptedTypes", "country", "field", "expiryDate");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  /** One locale's file. */
  record Bundle(Locale locale, Map<String, CodeText> codes, Map<String, String> hints,
      Map<String, String> documentTypes, Map<String, String> fields) {}

  /** The texts of one code in one locale. */
  record CodeText(String message, List<String> remediation, String operatorNote) {}

  private final Map<String, Bundle> byTag;

  private ReasonTexts(Map<String, Bundle> byTag) {
    this.byTag = byTag;
  }

  /**
   * Reads locale files of the form {@code {"locale": tag, "codes": {...}, "hints": {...},
   * "documentTypes": {...}, "fields": {...}}}. Later files override earlier ones code by code.
   */
  public static ReasonTexts fromJson(List<JsonNode> files, List<String> sources) {
    Map<String, Bundle> byTag = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Bundle b = parse(files.get(i), sources.get(i));
      String tag = b.locale().toLanguageTag();
      Bundle old = byTag.get(tag);
      byTag.put(tag, old == null ? b : merge(old, b));
    }
    if (!byTag.containsKey("en")) {
      throw new KycException("texts: an English file (\"locale\": \"en\") is required as the last fallback");
    }
    return new ReasonTexts(Collections.unmodifiableMap(byTag));
  }

  private static Bundle merge(Bundle a, Bundle b) {
    Map<String, CodeText> codes = new LinkedHashMap<>(a.codes());
    codes.putAll(b.codes());
    Map<String, String> hints = new LinkedHashMap<>(a.hints());
    hints.putAll(b.hints());
    Map<String, String> types = new LinkedHashMap<>(a.documentTypes());
    types.putAll(b.documentTypes());
    Map<String, String> fields = new LinkedHashMap<>(a.fields());
    fields.putAll(b.fields());
    return new Bundle(a.locale(), codes, hints, types, fields);
  }

  private static Bundle parse(JsonNode root, String source) {
    String tag = root.path("locale").asText(null);
    if (tag == null || tag.isBlank()) {
      throw new KycException(source + ": \"locale\" is required (a language tag such as en or zh-Hans)");
    }
    for (var it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!Set.of("locale", "codes", "hints", "documentTypes", "fields").contains(f)) {
        throw new KycException(source + ": unknown property '" + f + "'");
      }
    }
    Map<String, CodeText> codes = new LinkedHashMap<>();
    for (var it = root.path("codes").fields(); it.hasNext(); ) {
      var e = it.next();
      JsonNode t = e.getValue();
      List<String> steps = new ArrayList<>();
      t.path("remediation").forEach(s -> steps.add(s.asText()));
      codes.put(e.getKey(), new CodeText(t.path("message").asText(null), List.copyOf(steps), t.path("operatorNote").asText(null)));
    }
    return new Bundle(Locale.forLanguageTag(tag), codes, strings(root.path("hints")),
        strings(root.path("documentTypes")), strings(root.path("fields")));
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> m = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  /** The language tags that have a file, in load order. */
  public Set<String> locales() {
    return byTag.keySet();
  }

  /** The tags tried for {@code requested}, most specific first, ending with {@code en}. */
  public static List<String> fallbackChain(Locale requested) {
    List<String> chain = new ArrayList<>();
    String lang = requested.getLanguage();
    String script = requested.getScript();
    String region = requested.getCountry();
    if (lang.equals("zh") && script.isEmpty()) {
      script = Set.of("TW", "HK", "MO").contains(region) ? "Hant" : "Hans";
    }
    if (!lang.isEmpty()) {
      if (!script.isEmpty() && !region.isEmpty()) {
        chain.add(lang + "-" + script + "-" + region);
      }
      if (!script.isEmpty()) {
        chain.add(lang + "-" + script);
      }
      if (!region.isEmpty()) {
        chain.add(lang + "-" + region);
      }
      chain.add(lang);
    }
    if (!chain.contains("en")) {
      chain.add("en");
    }
    return chain;
  }

  /** The locale whose file answers for {@code requested}. */
  public Locale resolve(Locale requested) {
    for (String tag : fallbackChain(requested)) {
      Bundle b = byTag.get(tag);
      if (b != null) {
        return b.locale();
      }
    }
    return Locale.ENGLISH;
  }

  /** True when {@code code} has a message in English. */
  public boolean covers(String code) {
    return byTag.get("en").codes().containsKey(code);
  }

  /** The codes that lack a message, remediation or operator note in {@code tag}. */
  public List<String> missing(String tag, Iterable<String> codes) {
    Bundle b = byTag.get(tag);
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      CodeText t = b == null ? null : b.codes().get(code);
      if (t == null || blank(t.message()) || t.remediation().isEmpty() || blank(t.operatorNote())) {
        out.add(code);
      }
    }
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The texts of {@code code} in the best locale for {@code requested}, with placeholders filled
   * from {@code ctx} and the hints of {@code ctx} placed before the code's own remediation steps.
   */
  public RenderedText render(String code, Locale requested, TextContext ctx) {
    List<String> chain = fallbackChain(requested);
    CodeText text = null;
    Bundle bundle = null;
    for (String tag : chain) {
      Bundle b = byTag.get(tag);
      if (b != null && b.codes().containsKey(code)) {
        text = b.codes().get(code);
        bundle = b;
        break;
      }
    }
    if (text == null) {
      throw new KycException("no text for reason code " + code + " in any locale; add it to texts/en.json");
    }
    Bundle fb = bundle;
    List<String> steps = new ArrayList<>();
    for (String hint : ctx.hints()) {
      String h = lookup(chain, b -> b.hints().get(hint));
      if (h != null) {
        steps.add(fill(h, fb, chain, ctx));
      }
    }
    for (String s : text.remediation()) {
      steps.add(fill(s, fb, chain, ctx));
    }
    return new RenderedText(bundle.locale(), fill(text.message(), fb, chain, ctx), steps,
        text.operatorNote() == null ? null : fill(text.operatorNote(), fb, chain, ctx));
  }

  private String lookup(List<String> chain, java.util.function.Function<Bundle, String> f) {
    for (String tag : chain) {
      Bundle b = byTag.get(tag);
      if (b != null) {
        String v = f.apply(b);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private String fill(String template, Bundle bundle, List<String> chain, TextContext ctx) {
    if (template == null || template.indexOf('{') < 0) {
      return template;
    }
    Locale locale = bundle.locale();
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 1, close);
      if (!isPlaceholderName(name)) { // same as the pattern \{([a-zA-Z]+)}: keep the brace, scan on
        out.append(template, from, open + 1);
        from = open + 1;
        continue;
      }
      out.append(template, from, open);
      from = close + 1;
      String value = switch (name) {
        case "retryAfter" -> ctx.retryAfter() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale).withZone(ctx.zone()).format(ctx.retryAfter()) + " (" + ctx.zone().getId() + ")";
        case "expiryDate" -> ctx.expiryDate() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(ctx.expiryDate());
        case "country" -> ctx.country() == null ? "" : new Locale("", ctx.country()).getDisplayCountry(locale);
        case "field" -> ctx.field() == null ? "" : orElse(lookup(chain, b -> b.fields().get(ctx.field())), ctx.field());
        case "acceptedTypes" -> joinTypes(ctx.acceptedTypes(), chain, locale);
        default -> "{" + name + "}";
      };
      out.append(value);
    }
    out.append(template, from, template.length());
    return out.toString();
  }

  private static boolean isPlaceholderName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private String joinTypes(List<DocumentType> types, List<String> chain, Locale locale) {
    List<String> names = new ArrayList<>();
    for (DocumentType t : types) {
      names.add(orElse(lookup(chain, b -> b.documentTypes().get(t.name())), t.name()));
    }
    String sep = locale.getLanguage().equals("zh") ? "、" : ", ";
    return String.join(sep, names);
  }

  private static String orElse(String a, String b) {
    return a != null ? a : b;
  }

  /** The placeholder names used in {@code text}. */
  public static Set<String> placeholdersOf(String text) {
    Set<String> s = new java.util.TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }
}
