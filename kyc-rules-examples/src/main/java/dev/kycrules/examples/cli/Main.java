package dev.kycrules.examples.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code kyc-rules-cli.jar} command line. Commands write results to stdout and problems to
 * stderr, never a stack trace. Exit codes: 0 success, 1 failure or bad usage, 2 invalid input.
 */
public final class Main {
  static final String USAGE = """
      usage: java -jar kyc-rules-cli.jar COMMAND [OPTIONS] ...

      commands:
        check [--rules DIR] [--locale TAG] [--time-zone ZONE] [--audit FILE] [--threads N] [--progress] FILE...
            decide the attempts in each FILE (a JSON object, a JSON array or .jsonl lines) in order,
            through one engine and one store; print one JSON decision per line, in input order;
            --audit FILE appends one JSON audit record per decision (no names, birth dates or
            raw document numbers); --threads N (default 1) decides on N threads for bulk
            re-screening, keeping each account's attempts in order; --progress prints the count
            and rate on stderr, ending with "decided N attempts in T s (X/s)"
        check --store URL [--keys FILE] ...
            keep registry and history in a database (jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB?user=..)
            between runs; fingerprint keys from --keys FILE or KYC_FINGERPRINT_KEYS (id:base64,... oldest first)
        explain [--rules DIR] [--locale TAG] CODE...|all
            what a reason code means: category, disposition, user texts and the operator note
        keygen [ID]
            print a new random fingerprint key line, ID:base64

      rule sets (a directory: rules/*.drl, policy.json, accepted-documents.json or .csv,
      optional catalog.json and texts/<tag>.json; see docs/RULES.md):
        init DIR
            write the shipped rule set to DIR (new or empty) as a starting point
        validate DIR
            compile and check DIR; print each problem as file:line:column: message
            (warnings prefixed "warning:"); exit 1 when there is an error
        test [--junit FILE] [--min-coverage PCT] DIR|shipped SCENARIO...
            run scenario files (or directories of them) against the rule set; print PASS/FAIL
            with expected-vs-actual differences and the rules no scenario fired; exit 1 on a
            failure or when coverage is below PCT
        diff [--baseline DIR] --candidate DIR [--json] CORPUS...
            decide the attempts in CORPUS (.json/.jsonl) with both rule sets (baseline default:
            the shipped rules) and report outcome changes and codes that appear or disappear,
            with counts and example attempt ids
        images generate DIR | metrics DIR | decide DIR [--face FACE_DIR --face-box X,Y,W,H] [--json]
            synthetic ID photos, their metrics, and decisions for a folder of pictures
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  /** Runs a command and returns its exit code. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
      (args.isEmpty() ? err : out).print(USAGE);
      return args.isEmpty() ? 1 : 0;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (command) {
        case "check" -> CheckCommand.run(rest, out, err);
        case "keygen" -> StoreOptions.keygen(rest, out);
        case "explain" -> ExplainCommand.run(rest, out, err);
        case "images" -> dev.kycrules.examples.images.DecideImages.run(rest, out, err);
        case "init" -> RuleSetCommands.init(rest, out, err);
        case "validate" -> RuleSetCommands.validate(rest, out, err);
        case "test" -> TestCommand.run(rest, out, err);
        case "diff" -> DiffCommand.run(rest, out, err);
        default -> {
          err.println("unknown command '" + command + "'");
          err.print(USAGE);
          yield 1;
        }
      };
    } catch (Args.UsageException e) {
      err.println(command + ": " + e.getMessage());
      return 1;
    } catch (dev.kycrules.engine.KycException e) {
      err.println(command + ": " + e.getMessage());
      return 1;
    } catch (java.io.UncheckedIOException e) {
      err.println(command + ": " + e.getMessage());
      return 1;
    }
  }
}
