package dev.kycrules.examples;

import static dev.kycrules.testkit.KycAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.examples.cli.Main;
import dev.kycrules.json.KycJson;
import dev.kycrules.model.Attempt;
import dev.kycrules.testkit.KycEngineTest;
import dev.kycrules.testkit.KycFixtures;
import dev.kycrules.testkit.KycTestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a host tests its KYC flow with the test kit: fixtures instead of hand-built JSON, a fresh
 * engine per test, assertions on decisions. The last tests drive the command-line host the same way.
 */
@KycEngineTest
class HostIntegrationTest {

  @Test
  void aPersonFixesTheirPhotosAndIsApproved(KycTestEngine engine) {
    var person = KycFixtures.drivingLicence();

    assertThat(engine.evaluate(person.blurry().backlit()))
        .isRetry()
        .hasOnlyReasons("DOC_IMAGE_BLURRY", "FACE_BACKLIT");

    assertThat(engine.evaluate(person)).isApproved().hasNoReasons();
  }

  @Test
  void aFaceThatDoesNotMatchGoesToAPerson(KycTestEngine engine) {
    assertThat(engine.evaluate(KycFixtures.passport().faceMismatch())).isReview().hasReason("FACE_MISMATCH");
  }

  @Test
  void aDocumentAlreadyUsedByAnotherAccountIsRejected(KycTestEngine engine) {
    Attempt first = KycFixtures.residencePermit().build();
    assertThat(engine.evaluate(first)).isApproved();
    assertThat(engine.evaluate(KycFixtures.residencePermit().duplicateOf(first)))
        .isRejected()
        .hasOnlyReasons("DUP_DOCUMENT_OTHER_ACCOUNT");
  }

  @Test
  void theCommandLineDecidesKitAttemptsLikeTheLibrary(@TempDir Path dir) throws IOException {
    List<Attempt> attempts = List.of(
        KycFixtures.passport().build(),
        KycFixtures.nationalId().glare().build(),
        KycFixtures.drivingLicence().expired().build(),
        KycFixtures.residencePermit().militaryId().build());
    Path file = dir.resolve("attempts.jsonl");
    Files.write(file, attempts.stream().map(KycJson::write).toList());

    List<Decision> decisions = check(file.toString());

    assertThat(decisions).hasSize(4);
    assertThat(decisions.get(0)).isApproved();
    assertThat(decisions.get(1)).isRetry().hasOnlyReasons("DOC_IMAGE_GLARE");
    assertThat(decisions.get(2)).isRetry().hasOnlyReasons("DOC_EXPIRED");
    assertThat(decisions.get(3)).isRetry().hasOnlyReasons("DOCTYPE_MILITARY_ID");
  }

  @Test
  void theCleanSamplesAreApproved() throws IOException {
    List<Decision> decisions = check(Path.of("samples", "01-clean.json").toString());
    assertThat(decisions).isNotEmpty().allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.APPROVED));
  }

  private static List<Decision> check(String file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of("check", file), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    try (Stream<String> lines = out.toString(StandardCharsets.UTF_8).lines()) {
      return lines.filter(l -> !l.isBlank()).map(KycJson::readDecision).toList();
    }
  }
}
