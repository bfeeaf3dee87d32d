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
            decide the attempts in each FILE (a JSON object, a JSON array or .jsonl lines) through one
            engine and one store; print one JSON decision per line, in input order. --threads N
            (default: the number of cores) decides on N threads, the attempts of one account in
            order; --progress prints the count and rate on stderr every second; a final
            "decided N attempts in T s (X/s)" line goes to stderr
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
