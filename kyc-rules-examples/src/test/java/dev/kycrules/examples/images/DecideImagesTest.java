package dev.kycrules.examples.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideImagesTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return new DecideImages().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void generateThenMetricsPrintsOneJsonLinePerPicture() throws IOException {
    assertThat(run("generate", dir.toString())).isZero();
    List<Path> pictures = DecideImages.pictures(dir);
    assertThat(pictures).hasSize(9);

    assertThat(run("metrics", dir.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines).hasSize(9);
    ObjectMapper json = new ObjectMapper();
    List<String> files = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      files.add(n.get("file").asText());
      assertThat(n.get("capture").get("sharpness").isNumber()).isTrue();
      assertThat(n.get("capture").has("camera")).isFalse();
      assertThat(n.get("provenance").get("sharpness").get("algorithm").asText()).isEqualTo("laplacian-variance/v1");
      assertThat(n.get("provenance").get("glare").get("width").asInt()).isPositive();
    }
    assertThat(files).contains("card-sharp.jpg", "card-sharp.png", "card-sharp-exif6.jpg", "card-far.jpg");
    JsonNode far = json.readTree(lines[files.indexOf("card-far.jpg")]);
    assertThat(far.get("capture").get("documentCoverage").asDouble()).isLessThan(0.3);
  }

  @Test
  void measureGivesTheCaptureForTheEngine() throws IOException {
    SyntheticCards.writeAll(dir);
    assertThat(new DecideImages().measure(dir.resolve("card-glare.jpg")).glare()).isGreaterThan(0.1);
  }

  @Test
  void badPicturesAreReportedAndTheRestStillMeasured() throws IOException {
    Files.write(dir.resolve("a.jpg"), SyntheticCards.jpeg(SyntheticCards.render(SyntheticCards.Variant.SHARP)));
    Files.writeString(dir.resolve("b.png"), "not an image");
    Files.writeString(dir.resolve("notes.txt"), "ignored");
    assertThat(run("metrics", dir.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8).strip().split("\n")).hasSize(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("b.png");
  }

  @Test
  void usageErrors() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    assertThat(run("decide")).isEqualTo(2);
    assertThat(run("decide", dir.toString(), "--face", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--face-box");
    assertThat(run("decide", dir.toString(), "--face", dir.toString(), "--face-box", "1,2,0,4")).isEqualTo(2);
    assertThat(run("decide", dir.toString(), "--face-box")).isEqualTo(2);
    assertThat(run("decide", dir.toString(), "--colour")).isEqualTo(2);
    assertThat(run("decide", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(run("metrics", dir.resolve("missing").toString())).isEqualTo(2);
  }
}
