package dev.kycrules.examples.cli;

import dev.kycrules.drools.ScenarioRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** {@code test DIR SCENARIO...}: runs scenario files against a rule set and reports rule coverage. */
final class TestCommand {
  private TestCommand() {}

  static int run(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of("junit", "min-coverage"), Set.of());
    if (args.positional.size() < 2) {
      throw new Args.UsageException("name the rule-set directory (or 'shipped') and at least one scenario file or directory");
    }
    String rules = args.positional.get(0);
    Path dir = rules.equals("shipped") ? null : Path.of(rules);
    if (dir != null && !Files.isDirectory(dir)) {
      throw new Args.UsageException("rule-set directory " + dir + " does not exist");
    }
    double minCoverage = 0;
    if (args.has("min-coverage")) {
      try {
        minCoverage = Double.parseDouble(args.get("min-coverage"));
      } catch (NumberFormatException e) {
        throw new Args.UsageException("--min-coverage takes a percentage such as 100");
      }
    }
    List<Path> files = scenarioFiles(args.positional.subList(1, args.positional.size()));
    ScenarioRunner.Report report;
    try (ScenarioRunner runner = ScenarioRunner.forRules(dir)) {
      report = runner.run(files);
    }
    int failed = 0;
    for (ScenarioRunner.Scenario s : report.scenarios()) {
      out.println((s.passed() ? "PASS  " : "FAIL  ") + s.file() + "  " + s.name()
          + (s.error() == null ? "  (" + s.steps().size() + " attempt(s))" : ""));
      if (s.error() != null) {
        out.println("      error: " + s.error());
      }
      for (ScenarioRunner.Step st : s.steps()) {
        if (!st.passed()) {
          out.println("      attempt " + (st.index() + 1) + " (" + st.attemptId() + "):");
          st.differences().forEach(d -> out.println("        " + d));
        }
      }
      failed += s.passed() ? 0 : 1;
    }
    int total = report.scenarios().size();
    out.println();
    out.println(total + " scenario(s): " + (total - failed) + " passed, " + failed + " failed");
    double pct = report.coverage() * 100;
    out.println(String.format(Locale.ROOT, "rule coverage: %d of %d rules fired (%.1f%%)",
        report.rules().size() - report.unfired().size(), report.rules().size(), pct));
    if (!report.unfired().isEmpty()) {
      out.println("rules no scenario fired:");
      report.unfired().forEach(r -> out.println("  " + r));
    }
    if (args.has("junit")) {
      writeJunit(Path.of(args.get("junit")), report);
    }
    if (failed > 0) {
      return 1;
    }
    if (pct + 1e-9 < minCoverage) {
      err.println("test: rule coverage " + String.format(Locale.ROOT, "%.1f%%", pct) + " is below --min-coverage " + minCoverage);
      return 1;
    }
    return 0;
  }

  private static List<Path> scenarioFiles(List<String> args) {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new Args.UsageException("scenario file " + a + " does not exist");
      }
    }
    if (files.isEmpty()) {
      throw new Args.UsageException("no scenario files (*.json) found in " + args);
    }
    return files;
  }

  /** A JUnit XML report: one test case per scenario, the differences as the failure text. */
  static void writeJunit(Path file, ScenarioRunner.Report report) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long failures = report.scenarios().stream().filter(s -> !s.passed()).count();
    double secs = report.scenarios().stream().mapToLong(ScenarioRunner.Scenario::millis).sum() / 1000.0;
    b.append("<testsuite name=\"kyc-rules scenarios\" tests=\"").append(report.scenarios().size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"").append(secs).append("\">\n");
    b.append("  <properties><property name=\"ruleCoverage\" value=\"")
        .append(String.format(Locale.ROOT, "%.4f", report.coverage())).append("\"/></properties>\n");
    for (ScenarioRunner.Scenario s : report.scenarios()) {
      b.append("  <testcase classname=\"").append(xml(s.file())).append("\" name=\"").append(xml(s.name()))
          .append("\" time=\"").append(s.millis() / 1000.0).append("\"");
      if (s.passed()) {
        b.append("/>\n");
        continue;
      }
      StringBuilder text = new StringBuilder();
      if (s.error() != null) {
        text.append(s.error()).append('\n');
      }
      for (ScenarioRunner.Step st : s.steps()) {
        if (!st.passed()) {
          text.append("attempt ").append(st.index() + 1).append(" (").append(st.attemptId()).append("):\n");
          st.differences().forEach(d -> text.append("  ").append(d).append('\n'));
        }
      }
      String first = text.toString().lines().findFirst().orElse("failed");
      b.append(">\n    <failure message=\"").append(xml(first)).append("\">").append(xml(text.toString()))
          .append("</failure>\n  </testcase>\n");
    }
    b.append("</testsuite>\n");
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
