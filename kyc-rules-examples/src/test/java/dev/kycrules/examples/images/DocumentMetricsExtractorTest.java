package dev.kycrules.examples.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kycrules.examples.images.SyntheticCards.Variant;
import dev.kycrules.model.DocumentCapture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentMetricsExtractorTest {
  private static final DocumentMetricsExtractor EXTRACTOR = new DocumentMetricsExtractor();
  private static final Map<Variant, MetricsReport> REPORTS = new EnumMap<>(Variant.class);
  private static final Map<Variant, Set<String>> EXPECTED = Map.of(
      Variant.SHARP, Set.of(),
      Variant.BLURRED, Set.of("DOC_IMAGE_BLURRY"),
      Variant.GLARE, Set.of("DOC_IMAGE_GLARE"),
      Variant.DARK, Set.of("DOC_IMAGE_TOO_DARK"),
      Variant.OVEREXPOSED, Set.of("DOC_IMAGE_OVEREXPOSED"),
      Variant.CUT_OFF, Set.of("DOC_CORNERS_CUT_OFF"),
      Variant.FAR, Set.of("DOC_TOO_FAR"));

  @TempDir
  static Path dir;

  @BeforeAll
  static void generateAndMeasureFiles() throws IOException {
    SyntheticCards.writeAll(dir);
    for (Variant v : Variant.values()) {
      REPORTS.put(v, EXTRACTOR.report(dir.resolve(v.fileStem() + ".jpg"), null));
    }
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void eachVariantCrossesOnlyItsOwnThreshold(Variant variant) {
    DocumentCapture c = REPORTS.get(variant).capture();
    assertThat(DefaultLimits.crossed(c)).as("%s measured %s", variant, c).isEqualTo(EXPECTED.get(variant));
  }

  @Test
  void sharpCardHasComfortableMargins() {
    DocumentCapture c = REPORTS.get(Variant.SHARP).capture();
    assertThat(c.sharpness()).isGreaterThanOrEqualTo(0.8);
    assertThat(c.glare()).isLessThan(0.02);
    assertThat(c.brightness()).isBetween(0.6, 0.8);
    assertThat(c.cornersVisible()).isEqualTo(4);
    assertThat(c.documentCoverage()).isBetween(0.5, 0.6);
    assertThat(c.camera()).isNull();
    assertThat(c.screenRecapture()).isNull();
  }

  @Test
  void blurSigmaOneAndAHalfPassesAndSigmaThreeFails() {
    BufferedImage sharp = SyntheticCards.render(Variant.SHARP);
    double mild = EXTRACTOR.report(SyntheticCards.gaussianBlur(sharp, 1.5), null).capture().sharpness();
    double strong = EXTRACTOR.report(SyntheticCards.gaussianBlur(sharp, 3.0), null).capture().sharpness();
    assertThat(mild).isGreaterThan(0.5);
    assertThat(strong).isLessThan(0.5);
  }

  @Test
  void pngAndSidewaysExifFileMeasureLikeTheJpeg() throws IOException {
    DocumentCapture jpeg = REPORTS.get(Variant.SHARP).capture();
    MetricsReport png = EXTRACTOR.report(dir.resolve("card-sharp.png"), null);
    MetricsReport exif = EXTRACTOR.report(dir.resolve("card-sharp-exif6.jpg"), null);
    for (MetricsReport r : new MetricsReport[] {png, exif}) {
      assertThat(DefaultLimits.crossed(r.capture())).isEmpty();
      assertThat(r.capture().brightness()).isCloseTo(jpeg.brightness(), within(0.01));
      assertThat(r.capture().documentCoverage()).isCloseTo(jpeg.documentCoverage(), within(0.01));
      Provenance geometry = r.provenance().get("documentCoverage");
      assertThat(geometry.width()).isEqualTo(1600);
      assertThat(geometry.height()).isEqualTo(1000);
    }
  }

  @Test
  void detectorFindsTheTrueCornersWithinAFewPixels() {
    for (Variant v : new Variant[] {Variant.SHARP, Variant.DARK, Variant.OVEREXPOSED, Variant.FAR}) {
      Quad truth = SyntheticCards.outline(v);
      Quad found = REPORTS.get(v).outline();
      assertThat(found).as(v.name()).isNotNull();
      for (int i = 0; i < 4; i++) {
        Quad.Point t = truth.corners().get(i);
        Quad.Point f = found.corners().get(i);
        // Rounded card corners (radius 30 px) put the extreme point about 9 px inside on each axis.
        assertThat(Math.hypot(t.x() - f.x(), t.y() - f.y())).as("%s corner %d", v, i).isLessThan(20);
      }
    }
  }

  @Test
  void hostOutlineIsUsedForGeometry() throws IOException {
    Path file = dir.resolve("card-cut-off.jpg");
    MetricsReport r = EXTRACTOR.report(file, SyntheticCards.outline(Variant.CUT_OFF));
    assertThat(r.capture().cornersVisible()).isEqualTo(2);
    // Visible part: 840 x 756 of 1600 x 1000.
    assertThat(r.capture().documentCoverage()).isCloseTo(840.0 * 756 / 1_600_000, within(0.001));
    assertThat(r.provenance().get("cornersVisible").algorithm()).isEqualTo("host-quad/v1");
    assertThat(r.outline()).isEqualTo(SyntheticCards.outline(Variant.CUT_OFF));

    MetricsReport sharp = EXTRACTOR.report(dir.resolve("card-sharp.jpg"), SyntheticCards.outline(Variant.SHARP));
    assertThat(sharp.capture().documentCoverage()).isCloseTo(1200.0 * 756 / 1_600_000, within(0.001));
    assertThat(sharp.capture().cornersVisible()).isEqualTo(4);
  }

  @Test
  void cornerWithinTheMarginIsNotVisible() {
    BufferedImage img = SyntheticCards.render(Variant.SHARP);
    // Margin is 1% of the shorter side: 10 px. A corner 5 px from the edge does not count.
    Quad q = Quad.of(5, 100, 1500, 100, 1500, 900, 100, 900);
    assertThat(EXTRACTOR.report(img, q).capture().cornersVisible()).isEqualTo(3);
  }

  @Test
  void noCardMeansNoCornersAndNoCoverage() {
    BufferedImage plain = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
    MetricsReport r = EXTRACTOR.report(plain, null);
    assertThat(r.outline()).isNull();
    assertThat(r.capture().cornersVisible()).isZero();
    assertThat(r.capture().documentCoverage()).isZero();
    assertThat(r.provenance().get("cornersVisible").parameters()).contains("no document found");
  }

  @Test
  void provenanceNamesAlgorithmAndResolution() {
    MetricsReport r = REPORTS.get(Variant.SHARP);
    assertThat(r.provenance()).containsOnlyKeys(MetricsReport.METRICS);
    Provenance s = r.provenance().get("sharpness");
    assertThat(s.algorithm()).isEqualTo("laplacian-variance/v1");
    assertThat(s.width()).isEqualTo(1000);
    assertThat(s.height()).isBetween(600, 660);
    assertThat(s.parameters()).contains("k=40");
    assertThat(1 - Math.exp(-s.raw() / 40)).isCloseTo(r.capture().sharpness(), within(1e-4));
    assertThat(r.provenance().get("glare").parameters()).contains("grid 8x5");
    assertThat(r.provenance().get("cornersVisible").algorithm()).isEqualTo(CardDetector.ALGORITHM);
    // The far card is measured at its own (smaller) size: never enlarged.
    assertThat(REPORTS.get(Variant.FAR).provenance().get("sharpness").width()).isLessThan(1000);
  }

  @Test
  void hostCalibrationChangesOnlyTheMapping() {
    DocumentMetricsExtractor strict = new DocumentMetricsExtractor(1000, 400);
    MetricsReport r = strict.report(SyntheticCards.render(Variant.DARK), null);
    assertThat(r.capture().sharpness()).isLessThan(0.5);
    assertThat(r.provenance().get("sharpness").parameters()).contains("k=400");
    assertThatThrownBy(() -> new DocumentMetricsExtractor(1000, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DocumentMetricsExtractor(8, 40)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unreadableFileIsReportedAsIoError() throws IOException {
    Path bad = Files.writeString(dir.resolve("not-a-picture.jpg"), "hello");
    assertThatThrownBy(() -> EXTRACTOR.measure(bad)).isInstanceOf(IOException.class)
        .hasMessageContaining("not-a-picture.jpg");
  }
}
