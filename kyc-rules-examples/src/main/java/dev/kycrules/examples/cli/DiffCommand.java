package dev.kycrules.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kycrules.drools.RuleSetDiff;
import dev.kycrules.json.KycJson;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code diff --baseline DIR --candidate DIR CORPUS...}: what a rule-set change would do. */
final class DiffCommand {
  private DiffCommand() {}

  static int run(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of("baseline", "candidate"), Set.of("json"));
    if (!args.has("candidate")) {
      throw new Args.UsageException("--candidate DIR is required (--baseline defaults to the shipped rules)");
    }
    if (args.positional.isEmpty()) {
      throw new Args.UsageException("name at least one corpus file of attempts (.json or .jsonl)");
    }
    Path baseline = dir(args.get("baseline"));
    Path candidate = dir(args.get("candidate"));
    List<Path> corpus = new ArrayList<>();
    for (String f : args.positional) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new Args.UsageException("corpus file " + f + " does not exist");
      }
      corpus.add(Path.of(f));
    }
    RuleSetDiff.Report r = RuleSetDiff.run(baseline, candidate, corpus);
    r.invalid().forEach(err::println);
    if (args.has("json")) {
      try {
        out.println(KycJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return 0;
    }
    out.println("baseline  " + (baseline == null ? "shipped" : baseline) + "  " + r.baselineVersion());
    out.println("candidate " + candidate + "  " + r.candidateVersion());
    out.println(r.attempts() + " attempt(s) decided; " + (r.attempts() - r.unchanged()) + " changed"
        + (r.invalid().isEmpty() ? "" : "; " + r.invalid().size() + " unreadable (see stderr)"));
    table(out, "outcome changes", r.transitions());
    table(out, "codes that appear", r.appeared());
    table(out, "codes that disappear", r.disappeared());
    return 0;
  }

  private static Path dir(String s) {
    if (s == null || s.equals("shipped")) {
      return null;
    }
    Path p = Path.of(s);
    if (!Files.isDirectory(p)) {
      throw new Args.UsageException("rule-set directory " + s + " does not exist");
    }
    return p;
  }

  private static void table(PrintStream out, String title, Map<String, RuleSetDiff.Count> rows) {
    out.println();
    out.println(title + ":");
    if (rows.isEmpty()) {
      out.println("  (none)");
      return;
    }
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
    rows.forEach((k, v) -> out.println(String.format("  %-" + width + "s %6d   e.g. %s", k, v.count(),
        String.join(", ", v.examples()))));
  }
}
