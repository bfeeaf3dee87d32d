package dev.kycrules.examples.images;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Prints the raw measurements behind the calibration in docs/IMAGE-METRICS.md, and the time per
 * 1600x1000 picture. Nothing here asserts a number: rerun it after changing the generator or
 * the algorithms and update the document.
 */
class CalibrationPrintoutTest {

  @Test
  void printRawValuesPerVariant() throws IOException {
    DocumentMetricsExtractor extractor = new DocumentMetricsExtractor();
    System.out.println("variant        vol      sharp  glare  bright corners coverage (JPEG q0.92 round trip)");
    for (SyntheticCards.Variant v : SyntheticCards.Variant.values()) {
      print(v.name(), extractor, SyntheticCards.render(v));
    }
    BufferedImage sharp = SyntheticCards.render(SyntheticCards.Variant.SHARP);
    for (double sigma : new double[] {0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0}) {
      print("gauss " + sigma, extractor, SyntheticCards.gaussianBlur(sharp, sigma));
    }
  }

  @Test
  void printFaceValues() throws IOException {
    FaceMetricsExtractor extractor = new FaceMetricsExtractor();
    System.out.println("face variant   vol     sharp  bright  surround-ratio backlit");
    for (SyntheticFaces.Variant v : SyntheticFaces.Variant.values()) {
      BufferedImage img = SyntheticFaces.render(v);
      Luma luma = Luma.of(ImageIO.read(new ByteArrayInputStream(SyntheticCards.jpeg(img))));
      FaceMetricsReport r = extractor.report(luma, SyntheticFaces.FACE);
      System.out.printf(Locale.ROOT, "%-12s %8.1f  %5.3f  %5.3f  %6.3f  %s%n", v,
          r.provenance().get("sharpness").raw(), r.sharpness(), r.brightness(),
          r.provenance().get("backlit").raw(), r.backlit());
    }
    BufferedImage sharp = SyntheticFaces.render(SyntheticFaces.Variant.SHARP);
    for (double sigma : new double[] {1.0, 1.5, 2.0, 3.0}) {
      BufferedImage img = SyntheticCards.gaussianBlur(sharp, sigma);
      Luma luma = Luma.of(ImageIO.read(new ByteArrayInputStream(SyntheticCards.jpeg(img))));
      FaceMetricsReport r = extractor.report(luma, SyntheticFaces.FACE);
      System.out.printf(Locale.ROOT, "gauss %-6s %8.1f  %5.3f%n", sigma,
          r.provenance().get("sharpness").raw(), r.sharpness());
    }
  }

  @Test
  void printTimePerPicture() throws IOException {
    DocumentMetricsExtractor extractor = new DocumentMetricsExtractor();
    byte[] file = SyntheticCards.jpeg(SyntheticCards.render(SyntheticCards.Variant.SHARP));
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file));
    Luma luma = Luma.of(decoded);
    for (int i = 0; i < 20; i++) { // warm-up of every timed step
      assertNotNull(ImageIO.read(new ByteArrayInputStream(file)));
      assertNotNull(Luma.of(decoded));
      assertNotNull(extractor.report(luma, null));
    }
    int n = 40;
    long[][] t = new long[4][n];
    Luma canon = luma.shrinkToWidth(1000);
    for (int i = 0; i < n; i++) {
      long a = System.nanoTime();
      ImageIO.read(new ByteArrayInputStream(file));
      long b = System.nanoTime();
      Luma.of(decoded);
      long c = System.nanoTime();
      extractor.report(luma, null);
      long d = System.nanoTime();
      Measures.laplacianVariance(canon);
      long e = System.nanoTime();
      t[0][i] = b - a;
      t[1][i] = c - b;
      t[2][i] = d - c;
      t[3][i] = e - d;
    }
    String[] names = {"JPEG decode", "RGB->luma", "all metrics incl. detection", "Laplacian variance at 1000 px"};
    System.out.printf(Locale.ROOT, "1600x1000 sharp card, %d runs after warm-up (min / median ms), %d cores:%n",
        n, Runtime.getRuntime().availableProcessors());
    for (int k = 0; k < 4; k++) {
      java.util.Arrays.sort(t[k]);
      System.out.printf(Locale.ROOT, "  %-30s %6.2f / %6.2f%n", names[k], t[k][0] / 1e6, t[k][n / 2] / 1e6);
    }
  }

  private static void print(String label, DocumentMetricsExtractor extractor, BufferedImage img) throws IOException {
    Luma luma = Luma.of(ImageIO.read(new ByteArrayInputStream(SyntheticCards.jpeg(img))));
    MetricsReport r = extractor.report(luma, null);
    System.out.printf(Locale.ROOT, "%-12s %8.1f  %5.3f  %5.3f  %5.3f  %d  %5.3f%n", label,
        r.provenance().get("sharpness").raw(), r.capture().sharpness(), r.capture().glare(),
        r.capture().brightness(), r.capture().cornersVisible(), r.capture().documentCoverage());
  }
}
