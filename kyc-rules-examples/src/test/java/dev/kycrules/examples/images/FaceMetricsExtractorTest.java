package dev.kycrules.examples.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.examples.images.SyntheticFaces.Variant;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.Occlusion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FaceMetricsExtractorTest {
  private static final FaceMetricsExtractor EXTRACTOR = new FaceMetricsExtractor();
  private static final Map<Variant, Set<String>> EXPECTED = Map.of(
      Variant.SHARP, Set.of(),
      Variant.BLURRED, Set.of("FACE_BLURRY"),
      Variant.DARK, Set.of("FACE_TOO_DARK"),
      Variant.BRIGHT, Set.of("FACE_TOO_BRIGHT"),
      Variant.BACKLIT, Set.of("FACE_BACKLIT"));

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Variant.class)
  void eachVariantCrossesOnlyItsOwnThreshold(Variant v) throws IOException {
    Path file = Files.write(dir.resolve(v + ".jpg"), SyntheticCards.jpeg(SyntheticFaces.render(v)));
    FaceMetricsReport r = EXTRACTOR.report(file, SyntheticFaces.FACE);
    assertThat(DefaultLimits.crossed(r)).as("%s measured %s", v, r).isEqualTo(EXPECTED.get(v));
  }

  @Test
  void provenanceAndCapture() {
    FaceMetricsReport r = EXTRACTOR.report(SyntheticFaces.render(Variant.BACKLIT), SyntheticFaces.FACE);
    assertThat(r.provenance()).containsOnlyKeys("brightness", "backlit", "sharpness");
    assertThat(r.provenance().get("backlit").algorithm()).isEqualTo("face-surround-ratio/v1");
    assertThat(r.provenance().get("backlit").raw()).isLessThan(0.5);
    assertThat(r.provenance().get("sharpness").width()).isEqualTo(300);
    FaceCapture c = r.toCapture(0.93, Liveness.PASSED, List.of(Occlusion.GLASSES));
    assertThat(c.faceDetected()).isTrue();
    assertThat(c.backlit()).isTrue();
    assertThat(c.brightness()).isEqualTo(r.brightness());
    assertThat(c.wearsGlasses()).isTrue();
  }

  @Test
  void faceBoxMustOverlapThePicture() {
    assertThatThrownBy(() -> EXTRACTOR.report(SyntheticFaces.render(Variant.SHARP), new Region(900, 0, 50, 50)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("under 3x3");
    assertThatThrownBy(() -> new Region(0, 0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faceFillingTheFrameIsNotCalledBacklit() {
    FaceMetricsReport r = EXTRACTOR.report(SyntheticFaces.render(Variant.SHARP), new Region(0, 0, 800, 1000));
    assertThat(r.backlit()).isFalse();
    assertThat(r.provenance().get("backlit").parameters()).contains("no surround");
  }
}
