package dev.kycrules.bench;

import dev.kycrules.decision.Evidence;
import dev.kycrules.engine.Finding;
import dev.kycrules.model.DocumentCapture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-country photo-quality limits used by the rule-count scaling benchmark: the same policy content
 * expressed either as literal per-country rule copies ({@link ScaledRules#copies}) or as one rule per
 * family that looks the limit up here ({@link ScaledRules#table}). Tables are immutable and keyed by
 * variant name, so the DRL can reach them statically ({@code CountryLimits.limit("x4", $country, "DOC_IMAGE_BLURRY")}).
 */
public final class CountryLimits {
  /** One rule family: a photo-quality rule of photo-quality.drl with a per-country limit. */
  public record Family(String code, String name, String metric, String field, String op, double base) {}

  public static final List<Family> FAMILIES = List.of(
      new Family("DOC_IMAGE_BLURRY", "Document photo is blurry", "sharpness", "sharpness", "<", 0.55),
      new Family("DOC_IMAGE_GLARE", "Document photo has glare", "glare", "glare", ">", 0.08),
      new Family("DOC_IMAGE_TOO_DARK", "Document photo is too dark", "brightness", "brightness", "<", 0.28),
      new Family("DOC_IMAGE_OVEREXPOSED", "Document photo is overexposed", "brightness", "brightness", ">", 0.82),
      new Family("DOC_CORNERS_CUT_OFF", "Document corners are cut off", "cornersVisible", "cornersVisible", "<", 4),
      new Family("DOC_TOO_FAR", "Document is too far from the camera", "documentCoverage", "documentCoverage", "<", 0.33),
      new Family("DOC_SCREEN_RECAPTURE", "Document photo was taken of a screen", "screenRecapture", "screenRecapture", ">=", 0.45),
      new Family("DOC_PAPER_COPY", "Document photo was taken of a paper copy", "paperCopy", "paperCopy", ">=", 0.45));

  /** Countries with their own limits, in the order variants take them. */
  public static final List<String> COUNTRIES = List.of("DE", "FR", "IT", "ES", "GB", "US", "CN", "BR", "IN", "JP", "NL", "PL");

  private static final Map<String, CountryLimits> VARIANTS = new HashMap<>();

  static {
    VARIANTS.put("x2", new CountryLimits(4));
    VARIANTS.put("x4", new CountryLimits(12));
  }

  private final Map<String, Map<String, Double>> byCountry = new HashMap<>();
  private final int countries;

  private CountryLimits(int countries) {
    this.countries = countries;
    for (int i = 0; i < countries; i++) {
      Map<String, Double> m = new HashMap<>();
      for (Family f : FAMILIES) {
        m.put(f.code(), limitValue(f, i));
      }
      byCountry.put(COUNTRIES.get(i), Map.copyOf(m));
    }
  }

  /** The table of a variant ("x2": 4 countries, "x4": 12 countries). */
  public static CountryLimits variant(String name) {
    CountryLimits t = VARIANTS.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no country-limit variant " + name);
    }
    return t;
  }

  /** How many countries have their own limits. */
  public int countries() {
    return countries;
  }

  /** The limit of family {@code f} for the i-th country: the base, nudged per country. */
  static double limitValue(Family f, int i) {
    if (f.code().equals("DOC_CORNERS_CUT_OFF")) {
      return 4;
    }
    double step = f.op().startsWith("<") ? 0.001 * i : -0.001 * i;
    return Math.round((f.base() + step) * 1000) / 1000.0;
  }

  /** The country's limit for {@code code}, or NaN (every comparison false) when it has none. */
  public static double limit(String variant, String country, String code) {
    Map<String, Double> m = VARIANTS.get(variant).byCountry.get(country);
    if (m == null) {
      return Double.NaN;
    }
    Double v = m.get(code);
    return v == null ? Double.NaN : v;
  }

  /** The hand-written form: one lookup per family. */
  void check(String country, DocumentCapture c, List<Finding> out) {
    Map<String, Double> m = byCountry.get(country);
    if (m == null) {
      return;
    }
    for (Family f : FAMILIES) {
      double lim = m.get(f.code());
      Number v = switch (f.field()) {
        case "sharpness" -> c.sharpness();
        case "glare" -> c.glare();
        case "brightness" -> c.brightness();
        case "cornersVisible" -> c.cornersVisible();
        case "documentCoverage" -> c.documentCoverage();
        case "screenRecapture" -> c.screenRecapture();
        default -> c.paperCopy();
      };
      if (v == null) {
        continue;
      }
      double x = v.doubleValue();
      boolean fires = switch (f.op()) {
        case "<" -> x < lim;
        case ">" -> x > lim;
        default -> x >= lim;
      };
      if (fires) {
        out.add(new Finding(f.code(), f.name() + " (country table)", Evidence.metric(f.metric(), v, lim).with("country", country)));
      }
    }
  }

  /** All (country, family) pairs of this table, for generating literal copies. */
  List<String[]> pairs() {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < countries; i++) {
      for (Family f : FAMILIES) {
        out.add(new String[] {COUNTRIES.get(i), f.code(), Double.toString(limitValue(f, i))});
      }
    }
    return out;
  }
}
