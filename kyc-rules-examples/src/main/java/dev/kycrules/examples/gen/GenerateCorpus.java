package dev.kycrules.examples.gen;

import dev.kycrules.json.KycJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JSON Lines corpus of generated attempts (see {@link AttemptGenerator}).
 *
 * <pre>java -cp kyc-rules-cli.jar dev.kycrules.examples.gen.GenerateCorpus N FILE [SEED]</pre>
 *
 * Duplicates reuse a document first used at least 10,000 attempts earlier, well beyond the CLI's
 * in-flight window, so {@code check --threads N} gives the same output as {@code --threads 1}.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GenerateCorpus N FILE [SEED]");
      System.exit(1);
    }
    write(Long.parseLong(args[0]), Path.of(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42);
  }

  /** Writes {@code n} attempts to {@code file}, one JSON object per line. */
  public static void write(long n, Path file, long seed) throws IOException {
    AttemptGenerator g = new AttemptGenerator(seed, 10_000);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        w.write(KycJson.write(g.next()));
        w.write('\n');
      }
    }
  }
}
