package dev.kycrules.bench;

import dev.kycrules.drools.BenchAccess;
import dev.kycrules.ruleset.RuleSetFiles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule sets for the rule-count scaling benchmark, as rule-set layouts ({@code rules/*.drl}):
 * <ul>
 *   <li>{@code x1}: the shipped DRL (42 rules);
 *   <li>{@code x2-copies}, {@code x4-copies}: plus literal per-country copies of the 8
 *       photo-quality rules (4 or 12 countries: 74 or 138 rules with the shipped 42), each copy a two-pattern rule
 *       keyed on a literal country, the way rule sets grow when every market gets its own limits;
 *   <li>{@code x2-table}, {@code x4-table}: the same policy as 8 family rules (50 rules), each one
 *       condition on the capture that reads its limit from a {@link CountryLimits} lookup table keyed
 *       by the document's country ({@code policy.documentCountry()}): no join, the lever of issue 8.
 * </ul>
 */
public final class ScaledRules {
  private ScaledRules() {}

  public static RuleSetFiles files(String variant) {
    Map<String, byte[]> m = new TreeMap<>();
    BenchAccess.shippedDrl().forEach((k, v) -> m.put("rules/" + k, v.getBytes(StandardCharsets.UTF_8)));
    if (!variant.equals("x1")) {
      String[] p = variant.split("-");
      String drl = p[1].equals("copies") ? copies(p[0]) : table(p[0]);
      m.put("rules/country-limits.drl", drl.getBytes(StandardCharsets.UTF_8));
    }
    return RuleSetFiles.of("bench:" + variant, m);
  }

  /** Number of rules of a variant. */
  public static int ruleCount(String variant) {
    int shipped = BenchAccess.shippedDrl().values().stream()
        .mapToInt(d -> (int) d.lines().filter(l -> l.startsWith("rule \"")).count()).sum();
    if (variant.equals("x1")) {
      return shipped;
    }
    String[] p = variant.split("-");
    return shipped + (p[1].equals("copies") ? CountryLimits.variant(p[0]).pairs().size() : CountryLimits.FAMILIES.size());
  }

  private static String header() {
    return """
        package dev.kycrules.rules;

        import dev.kycrules.model.DocumentData;
        import dev.kycrules.model.DocumentCapture;
        import dev.kycrules.decision.Evidence;
        import dev.kycrules.bench.CountryLimits;

        global dev.kycrules.policy.EvaluationPolicy policy;
        global dev.kycrules.rules.Findings findings;

        """;
  }

  private static String nullGuard(String field) {
    return field.equals("screenRecapture") || field.equals("paperCopy") ? field + " != null, " : "";
  }

  static String copies(String size) {
    StringBuilder b = new StringBuilder(header());
    for (String[] pair : CountryLimits.variant(size).pairs()) {
      CountryLimits.Family f = CountryLimits.FAMILIES.stream().filter(x -> x.code().equals(pair[1])).findFirst().orElseThrow();
      String country = pair[0];
      String lim = pair[2];
      b.append("rule \"").append(f.name()).append(" [").append(country).append("]\"\n")
          .append("    @code(\"").append(f.code()).append("\")\n")
          .append("when\n")
          .append("    DocumentData( countryOfIssue == \"").append(country).append("\" )\n")
          .append("    $c : DocumentCapture( ").append(nullGuard(f.field())).append(f.field()).append(' ').append(f.op())
          .append(' ').append(lim).append(" )\n")
          .append("then\n")
          .append("    findings.raise(kcontext, Evidence.metric(\"").append(f.metric()).append("\", $c.").append(f.field())
          .append("(), ").append(lim).append(").with(\"country\", \"").append(country).append("\"));\n")
          .append("end\n\n");
    }
    return b.toString();
  }

  static String table(String size) {
    StringBuilder b = new StringBuilder(header());
    for (CountryLimits.Family f : CountryLimits.FAMILIES) {
      String lookup = "CountryLimits.limit(\"" + size + "\", policy.documentCountry(), \"" + f.code() + "\")";
      b.append("rule \"").append(f.name()).append(" (country table)\"\n")
          .append("    @code(\"").append(f.code()).append("\")\n")
          .append("when\n")
          .append("    $c : DocumentCapture( ").append(nullGuard(f.field())).append(f.field()).append(' ').append(f.op())
          .append(' ').append(lookup).append(" )\n")
          .append("then\n")
          .append("    findings.raise(kcontext, Evidence.metric(\"").append(f.metric()).append("\", $c.").append(f.field())
          .append("(), ").append(lookup).append(").with(\"country\", policy.documentCountry()));\n")
          .append("end\n\n");
    }
    return b.toString();
  }
}
