package dev.kycrules.examples.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.examples.cli.Main;
import dev.kycrules.json.KycJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Picture files on disk, through the extractors, into the real engine (shipped rules): every
 * synthetic variant must come back with exactly its own reason.
 */
class DecideImagesEngineTest {
  private static KycRulesEngine engine;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  @BeforeAll
  static void startEngine() {
    engine = KycRules.builder().build();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void everyCardVariantGetsExactlyItsReason() throws IOException {
    SyntheticCards.writeAll(dir);
    Map<String, Decision> byFile = decisions(new DecideImages().decide(engine, dir, null, errStream));

    assertThat(byFile.keySet()).containsExactly("card-blurred.jpg", "card-cut-off.jpg", "card-dark.jpg",
        "card-far.jpg", "card-glare.jpg", "card-overexposed.jpg", "card-sharp-exif6.jpg", "card-sharp.jpg",
        "card-sharp.png");
    for (String sharp : List.of("card-sharp.jpg", "card-sharp.png", "card-sharp-exif6.jpg")) {
      assertThat(byFile.get(sharp).outcome()).as(sharp).isEqualTo(Outcome.APPROVED);
      assertThat(byFile.get(sharp).codes()).as(sharp).isEmpty();
    }
    Map<String, String> expected = Map.of(
        "card-blurred.jpg", "DOC_IMAGE_BLURRY",
        "card-glare.jpg", "DOC_IMAGE_GLARE",
        "card-dark.jpg", "DOC_IMAGE_TOO_DARK",
        "card-overexposed.jpg", "DOC_IMAGE_OVEREXPOSED",
        "card-cut-off.jpg", "DOC_CORNERS_CUT_OFF",
        "card-far.jpg", "DOC_TOO_FAR");
    expected.forEach((file, code) -> {
      Decision d = byFile.get(file);
      assertThat(d.outcome()).as(file).isEqualTo(Outcome.RETRY);
      assertThat(d.codes()).as(file).containsExactly(code);
      assertThat(d.reason(code).evidence()).as(file).isNotNull();
    });
    byFile.values().forEach(d -> assertThat(d.warningCodes()).isEmpty());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void everyFaceVariantGetsExactlyItsReason() throws IOException {
    Path cards = Files.createDirectories(dir.resolve("cards"));
    SyntheticFaces.writeAll(dir.resolve("faces"));
    DecideImages.Run run = new DecideImages().decide(engine, cards,
        new DecideImages.FaceSource(dir.resolve("faces"), SyntheticFaces.FACE), errStream);
    Map<String, Decision> byFile = decisions(run);

    assertThat(byFile.get("face-sharp.jpg").outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(byFile.get("face-sharp.jpg").codes()).isEmpty();
    Map<String, String> expected = Map.of(
        "face-dark.jpg", "FACE_TOO_DARK",
        "face-bright.jpg", "FACE_TOO_BRIGHT",
        "face-backlit.jpg", "FACE_BACKLIT",
        "face-blurred.jpg", "FACE_BLURRY");
    expected.forEach((file, code) -> {
      assertThat(byFile.get(file).outcome()).as(file).isEqualTo(Outcome.RETRY);
      assertThat(byFile.get(file).codes()).as(file).containsExactly(code);
    });
    assertThat(byFile).hasSize(5);
    assertThat(run.failed()).isFalse();
  }

  @Test
  void eachPictureIsItsOwnApplicantWithAFixedClock() throws IOException {
    SyntheticCards.writeAll(dir);
    SyntheticFaces.writeAll(dir.resolve("faces"));
    DecideImages.Run run = new DecideImages().decide(engine, dir,
        new DecideImages.FaceSource(dir.resolve("faces"), SyntheticFaces.FACE), errStream);

    assertThat(run.decided()).hasSize(14);
    assertThat(run.decided()).extracting(d -> d.attempt().document().number()).doesNotHaveDuplicates()
        .startsWith("IMG000001", "IMG000002").endsWith("IMG000014");
    assertThat(run.decided()).extracting(d -> d.attempt().accountId()).doesNotHaveDuplicates();
    assertThat(run.decided()).extracting(d -> d.attempt().submittedAt().toString())
        .containsOnly(DecideImages.SUBMITTED_AT);
  }

  @Test
  void theCliJarCommandPrintsReproducibleDecisions() throws IOException {
    assertThat(main("images", "generate", dir.toString())).isZero();
    String first = captured("images", "decide", dir.toString(), "--json");
    assertThat(captured("images", "decide", dir.toString(), "--json")).isEqualTo(first);

    ObjectMapper json = new ObjectMapper();
    String[] lines = first.strip().split("\n");
    assertThat(lines).hasSize(9);
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      Decision d = KycJson.readDecision(json.writeValueAsString(n.get("decision")));
      String file = n.get("file").asText();
      assertThat(d.outcome()).as(file).isEqualTo(file.startsWith("card-sharp") ? Outcome.APPROVED : Outcome.RETRY);
    }

    String human = captured("images", "decide", dir.toString(), "--face", dir.resolve("faces").toString(),
        "--face-box", "250,230,300,400");
    assertThat(human.lines()).hasSize(14)
        .anyMatch(l -> l.startsWith("face-backlit.jpg  RETRY  [FACE_BACKLIT]  {\"attemptId\":\"img-000010\""));
    assertThat(human).contains("card-glare.jpg  RETRY  [DOC_IMAGE_GLARE]  {\"attemptId\":\"img-000005\"");
  }

  @Test
  void anUnreadablePictureIsReportedAndTheOthersDecided() throws IOException {
    Files.write(dir.resolve("a.jpg"), SyntheticCards.jpeg(SyntheticCards.render(SyntheticCards.Variant.GLARE)));
    Files.writeString(dir.resolve("b.jpg"), "not a picture");
    DecideImages.Run run = new DecideImages().decide(engine, dir, null, errStream);
    assertThat(run.failed()).isTrue();
    assertThat(run.decided()).singleElement().satisfies(d -> assertThat(d.decision().codes()).containsExactly("DOC_IMAGE_GLARE"));
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("b.jpg");
  }

  private static Map<String, Decision> decisions(DecideImages.Run run) {
    Map<String, Decision> byFile = new LinkedHashMap<>();
    run.decided().forEach(d -> byFile.put(d.file().getFileName().toString(), d.decision()));
    return byFile;
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int main(String... args) {
    out.reset();
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
  }

  private String captured(String... args) {
    assertThat(main(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
