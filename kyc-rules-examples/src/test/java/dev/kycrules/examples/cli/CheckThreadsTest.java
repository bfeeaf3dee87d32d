package dev.kycrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.examples.gen.GenerateCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --threads N} prints exactly what {@code --threads 1} prints, in input order. */
class CheckThreadsTest {
  record Run(int code, String out, String err) {}

  static Run check(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void parallelOutputEqualsSequentialOutput(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    GenerateCorpus.write(20_000, corpus, 7);
    // one unreadable line in the middle: its error stays in place on stderr, the rest goes on
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(corpus));
    lines.add(10_000, "{\"attemptId\": 1}");
    Files.write(corpus, lines);

    Run one = check("check", "--threads", "1", "--progress", corpus.toString());
    Run four = check("check", "--threads", "4", "--progress", corpus.toString());

    assertThat(one.code()).isEqualTo(2);
    assertThat(four.code()).isEqualTo(2);
    assertThat(one.out().lines().count()).isEqualTo(20_000);
    // each engine has its own random (ephemeral) fingerprint key: compare without the fingerprints
    assertThat(withoutFingerprints(four.out())).isEqualTo(withoutFingerprints(one.out()));
    assertThat(one.err()).contains("corpus.jsonl:10001:").containsPattern("decided 20000 attempts in [0-9.]+ s \\([0-9]+/s\\)");
    assertThat(four.err()).contains("corpus.jsonl:10001:").containsPattern("decided 20000 attempts in [0-9.]+ s \\([0-9]+/s\\)");
    // the mix decided: mostly approvals, and throttling and duplicates did happen in order
    assertThat(one.out()).contains("\"APPROVED\"").contains("ATTEMPT_COOLDOWN_ACTIVE").contains("DUP_DOCUMENT_OTHER_ACCOUNT");
  }

  static String withoutFingerprints(String s) {
    return s.replaceAll("ephemeral:[0-9a-f]{12}", "ephemeral:*");
  }

  @Test
  void rejectsABadThreadCount(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("a.jsonl"), "");
    Run r = check("check", "--threads", "0", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--threads must be a whole number from 1 to 256");
  }
}
