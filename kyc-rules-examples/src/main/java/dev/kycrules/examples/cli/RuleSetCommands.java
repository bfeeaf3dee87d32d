package dev.kycrules.examples.cli;

import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.RuleDiagnostic;
import dev.kycrules.drools.RuleSetValidator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code init DIR} and {@code validate DIR}. */
final class RuleSetCommands {
  private RuleSetCommands() {}

  static int init(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of(), Set.of());
    if (args.positional.size() != 1) {
      throw new Args.UsageException("name one directory to write the rule set to");
    }
    Path dir = Path.of(args.positional.get(0));
    List<String> written = KycRules.writeShippedRules(dir);
    for (String f : written) {
      out.println("wrote " + dir.resolve(f));
    }
    out.println("next: edit the files, then run: validate " + dir);
    return 0;
  }

  static int validate(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of(), Set.of());
    if (args.positional.size() != 1) {
      throw new Args.UsageException("name one rule-set directory");
    }
    Path dir = Path.of(args.positional.get(0));
    if (!Files.isDirectory(dir)) {
      throw new Args.UsageException("rule-set directory " + dir + " does not exist");
    }
    List<RuleDiagnostic> ds = RuleSetValidator.validate(dir);
    int errors = 0;
    int warnings = 0;
    for (RuleDiagnostic d : ds) {
      err.println(located(dir, d));
      if (d.severity() == RuleDiagnostic.Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
    out.println(dir + ": " + (errors == 0 ? "valid" : "invalid") + " (" + errors + " error(s), " + warnings
        + " warning(s))");
    return errors == 0 ? 0 : 1;
  }

  /** {@code dir/file:line:column: [warning: ]message}, the path clickable from the working directory. */
  static String located(Path dir, RuleDiagnostic d) {
    String file = d.file().isEmpty() ? dir.toString() : dir.resolve(d.file()).toString();
    return file + ":" + d.line() + ":" + d.column() + ": "
        + (d.severity() == RuleDiagnostic.Severity.WARNING ? "warning: " : "") + d.message();
  }
}
