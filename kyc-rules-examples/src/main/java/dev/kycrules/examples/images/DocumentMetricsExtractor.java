package dev.kycrules.examples.images;

import dev.kycrules.model.DocumentCapture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Example host code: turns a document photo into the {@link DocumentCapture} numbers the rules
 * consume. Thread-safe and stateless apart from its calibration.
 *
 * <p>The picture is decoded with ImageIO and turned upright from its EXIF orientation. The
 * document outline comes from the host or, failing that, from a simple detector for a light
 * card on a dark background. Image metrics run on the outline's bounding box, shrunk (never
 * enlarged) to the canonical width:
 * <ul>
 *   <li>sharpness: variance of the 4-neighbour Laplacian of BT.601 luma, mapped by
 *       {@code 1 - exp(-vol / k)}; default {@code k = 40} at a canonical width of 1000 px. Measured
 *       on the synthetic cards after a JPEG q0.92 round trip: sharp card vol 651 (score 1.00),
 *       Gaussian blur sigma 1.5 px 48 (0.70), sigma 2 px 23 (0.44), sigma 3 px 8.5 (0.19), the
 *       darkened card 42 (0.65: the Laplacian scales with contrast, so dim pictures read softer).
 *       See docs/IMAGE-METRICS.md;
 *   <li>glare: the worst tile's share of pixels with luma {@code >= 250} on an 8x5 grid
 *       (5x8 for portrait crops);
 *   <li>brightness: mean luma / 255;
 *   <li>cornersVisible: outline corners at least 1% of the shorter frame side inside the frame;
 *   <li>documentCoverage: outline area inside the frame / frame area.
 * </ul>
 * When no outline is given and none is detected, the whole frame is measured and the geometry
 * reports 0 corners and 0 coverage. Camera, screen-recapture and paper-copy scores stay null.
 */
public final class DocumentMetricsExtractor {
  static final String SHARPNESS = "laplacian-variance/v1";
  static final String GLARE = "worst-tile-saturation/v1";
  static final String BRIGHTNESS = "mean-luma/v1";
  static final String HOST_OUTLINE = "host-quad/v1";
  static final double DEFAULT_K = 40;
  static final int DEFAULT_WIDTH = 1000;
  static final double MARGIN_SHARE = 0.01;

  private final int canonicalWidth;
  private final double sharpnessScale;

  /** The calibrated defaults: canonical width 1000 px, sharpness scale k = 40. */
  public DocumentMetricsExtractor() {
    this(DEFAULT_WIDTH, DEFAULT_K);
  }

  /**
   * A host-calibrated extractor. {@code sharpnessScale} is the Laplacian variance that maps to
   * sharpness {@code 1 - 1/e} (about 0.63) at {@code canonicalWidth}.
   */
  public DocumentMetricsExtractor(int canonicalWidth, double sharpnessScale) {
    Calibration.check(canonicalWidth, sharpnessScale);
    this.canonicalWidth = canonicalWidth;
    this.sharpnessScale = sharpnessScale;
  }

  /** The capture numbers of a JPEG or PNG file, outline found by the built-in detector. */
  public DocumentCapture measure(Path image) throws IOException {
    return report(image, null).capture();
  }

  /**
   * Metrics with provenance for a JPEG or PNG file. {@code outline} is in pixels of the upright
   * picture; pass null to use the built-in detector.
   */
  public MetricsReport report(Path image, Quad outline) throws IOException {
    return report(Pictures.uprightLuma(image), outline);
  }

  /** Metrics for an already decoded, already upright image; {@code outline} may be null. */
  public MetricsReport report(BufferedImage image, Quad outline) {
    if (image == null) {
      throw new IllegalArgumentException("image is required");
    }
    return report(Luma.of(image), outline);
  }

  MetricsReport report(Luma frame, Quad outline) {
    String geometry = HOST_OUTLINE;
    Quad quad = outline;
    if (quad == null) {
      geometry = CardDetector.ALGORITHM;
      quad = CardDetector.detect(frame).orElse(null);
    }
    Luma crop = frame;
    int corners = 0;
    double coverage = 0;
    double margin = Math.max(2, MARGIN_SHARE * Math.min(frame.width, frame.height));
    if (quad != null) {
      corners = quad.cornersInside(frame.width, frame.height, margin);
      coverage = Math.min(1, quad.areaInside(frame.width, frame.height) / ((double) frame.width * frame.height));
      crop = boundingCrop(frame, quad).orElse(frame);
    }
    Luma canon = crop.shrinkToWidth(canonicalWidth);
    double vol = Measures.laplacianVariance(canon);
    double sharpness = 1 - Math.exp(-vol / sharpnessScale);
    boolean portrait = canon.height > canon.width;
    int cols = portrait ? 5 : 8;
    int rows = portrait ? 8 : 5;
    double glare = Measures.worstTileSaturation(canon, cols, rows);
    double mean = Measures.meanLuma(canon);

    Map<String, Provenance> prov = new LinkedHashMap<>();
    prov.put("sharpness", new Provenance(SHARPNESS, canon.width, canon.height, vol,
        String.format(Locale.ROOT, "BT.601 luma; kernel [0 1 0;1 -4 1;0 1 0]; score=1-exp(-vol/k), k=%s;"
            + " canonical width %d", num(sharpnessScale), canonicalWidth)));
    prov.put("glare", new Provenance(GLARE, canon.width, canon.height, glare,
        "luma>=" + Measures.SATURATED + "; grid " + cols + "x" + rows + "; worst tile share"));
    prov.put("brightness", new Provenance(BRIGHTNESS, canon.width, canon.height, mean, "mean luma/255"));
    String where = quad == null ? "no document found" : "margin " + num(margin) + " px";
    prov.put("cornersVisible", new Provenance(geometry, frame.width, frame.height, corners, where));
    prov.put("documentCoverage", new Provenance(geometry, frame.width, frame.height, coverage,
        "outline area inside frame / frame area"));
    DocumentCapture capture = new DocumentCapture(round(sharpness), round(glare), round(mean / 255),
        corners, round(coverage), null, null, null);
    return new MetricsReport(capture, prov, quad);
  }

  /** Bounding box of the outline's part inside the frame, if at least 16x16 pixels. */
  static Optional<Luma> boundingCrop(Luma frame, Quad quad) {
    List<Quad.Point> poly = quad.clippedTo(frame.width, frame.height);
    if (poly.isEmpty()) {
      return Optional.empty();
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Quad.Point p : poly) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    int x0 = Math.max(0, (int) Math.floor(minX));
    int y0 = Math.max(0, (int) Math.floor(minY));
    int x1 = Math.min(frame.width, (int) Math.ceil(maxX) + 1);
    int y1 = Math.min(frame.height, (int) Math.ceil(maxY) + 1);
    if (x1 - x0 < 16 || y1 - y0 < 16) {
      return Optional.empty();
    }
    return Optional.of(frame.crop(x0, y0, x1 - x0, y1 - y0));
  }

  /** Four decimals: enough for thresholds, stable in JSON. */
  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
