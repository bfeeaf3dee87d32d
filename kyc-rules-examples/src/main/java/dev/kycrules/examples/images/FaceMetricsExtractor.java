package dev.kycrules.examples.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Example host code for the selfie: measures the face box a host's face detector found. Same
 * decoding and EXIF handling as {@link DocumentMetricsExtractor}.
 * <ul>
 *   <li>brightness: mean BT.601 luma of the face box / 255;
 *   <li>sharpness: Laplacian variance of the face box shrunk (never enlarged) to 400 px wide,
 *       mapped by {@code 1 - exp(-vol / k)}, default {@code k = 15}; see docs/IMAGE-METRICS.md;
 *   <li>backlit: the face box's mean luma divided by the mean luma of its surround (half a face
 *       width left and right and half a face height above, clipped to the frame; the body below
 *       is left out) is below 0.5, i.e. the face is less than half as bright as what is behind it.
 * </ul>
 */
public final class FaceMetricsExtractor {
  static final String SHARPNESS = DocumentMetricsExtractor.SHARPNESS;
  static final String BRIGHTNESS = DocumentMetricsExtractor.BRIGHTNESS;
  static final String BACKLIGHT = "face-surround-ratio/v1";
  static final int DEFAULT_WIDTH = 400;
  static final double DEFAULT_K = 15;
  static final double BACKLIT_BELOW = 0.5;

  private final int canonicalWidth;
  private final double sharpnessScale;

  /** The calibrated defaults: canonical width 400 px, sharpness scale k = 15. */
  public FaceMetricsExtractor() {
    this(DEFAULT_WIDTH, DEFAULT_K);
  }

  /** A host-calibrated extractor; see {@link DocumentMetricsExtractor#DocumentMetricsExtractor(int, double)}. */
  public FaceMetricsExtractor(int canonicalWidth, double sharpnessScale) {
    Calibration.check(canonicalWidth, sharpnessScale);
    this.canonicalWidth = canonicalWidth;
    this.sharpnessScale = sharpnessScale;
  }

  /** Measures the face box of a JPEG or PNG file; the box is in pixels of the upright picture. */
  public FaceMetricsReport report(Path image, Region face) throws IOException {
    return report(Pictures.uprightLuma(image), face);
  }

  /** Measures the face box of an already decoded, upright image. */
  public FaceMetricsReport report(BufferedImage image, Region face) {
    if (image == null) {
      throw new IllegalArgumentException("image is required");
    }
    return report(Luma.of(image), face);
  }

  FaceMetricsReport report(Luma frame, Region face) {
    if (face == null) {
      throw new IllegalArgumentException("face box is required");
    }
    int x0 = Math.max(0, face.x());
    int y0 = Math.max(0, face.y());
    int x1 = Math.min(frame.width, face.x() + face.width());
    int y1 = Math.min(frame.height, face.y() + face.height());
    if (x1 - x0 < 3 || y1 - y0 < 3) {
      throw new IllegalArgumentException("face box " + face + " has under 3x3 pixels inside the "
          + frame.width + "x" + frame.height + " picture");
    }
    Luma crop = frame.crop(x0, y0, x1 - x0, y1 - y0);
    Luma canon = crop.shrinkToWidth(canonicalWidth);
    double vol = Measures.laplacianVariance(canon);
    double faceMean = Measures.meanLuma(crop);

    int sx0 = Math.max(0, x0 - face.width() / 2);
    int sy0 = Math.max(0, y0 - face.height() / 2);
    int sx1 = Math.min(frame.width, x1 + face.width() / 2);
    long outerN = (long) (sx1 - sx0) * (y1 - sy0);
    long innerN = (long) (x1 - x0) * (y1 - y0);
    double ratio = 1;
    String surround = "no surround visible; ratio taken as 1";
    if (outerN > innerN) {
      double outerSum = Measures.meanLuma(frame, sx0, sy0, sx1, y1) * outerN;
      double surroundMean = (outerSum - faceMean * innerN) / (outerN - innerN);
      ratio = faceMean / Math.max(1, surroundMean);
      surround = String.format(Locale.ROOT, "face mean %.1f / surround mean %.1f; backlit below %s",
          faceMean, surroundMean, BACKLIT_BELOW);
    }
    Map<String, Provenance> prov = new LinkedHashMap<>();
    prov.put("brightness", new Provenance(BRIGHTNESS, crop.width, crop.height, faceMean, "mean luma/255"));
    prov.put("backlit", new Provenance(BACKLIGHT, frame.width, frame.height, ratio, surround));
    prov.put("sharpness", new Provenance(SHARPNESS, canon.width, canon.height, vol,
        String.format(Locale.ROOT, "BT.601 luma; kernel [0 1 0;1 -4 1;0 1 0]; score=1-exp(-vol/k), k=%s;"
            + " canonical width %d", DocumentMetricsExtractor.num(sharpnessScale), canonicalWidth)));
    return new FaceMetricsReport(DocumentMetricsExtractor.round(faceMean / 255), ratio < BACKLIT_BELOW,
        DocumentMetricsExtractor.round(1 - Math.exp(-vol / sharpnessScale)), prov);
  }
}
