package dev.kycrules.examples.images;

import java.util.Optional;

/**
 * A deliberately simple document finder for a light card on a darker, plain background: Otsu
 * threshold on a 400-px-wide thumbnail, one step of 3x3 erosion to drop specks, then the extreme
 * foreground points along the two diagonals as corners (min x+y top-left, max x-y top-right,
 * max x+y bottom-right, min x-y bottom-left). Accuracy is about one thumbnail pixel (4 px on a
 * 1600-px frame). A card that runs off the frame gets corners on the frame edge, which the
 * corner check then counts as not visible. Real hosts should supply their own outline.
 */
final class CardDetector {
  static final String ALGORITHM = "light-card-otsu-extremes/v1";
  static final int THUMB_WIDTH = 400;
  /** Minimum gap between the two Otsu class means, in luma levels, to call it a card at all. */
  static final double MIN_CONTRAST = 40;

  private CardDetector() {}

  static Optional<Quad> detect(Luma frame) {
    Luma thumb = frame.shrinkToWidth(THUMB_WIDTH);
    int w = thumb.width;
    int h = thumb.height;
    if (w < 3 || h < 3) {
      return Optional.empty();
    }
    int t = Measures.otsu(thumb);
    long lowSum = 0;
    long lowN = 0;
    long highSum = 0;
    long highN = 0;
    for (byte b : thumb.data) {
      int v = b & 0xFF;
      if (v > t) {
        highSum += v;
        highN++;
      } else {
        lowSum += v;
        lowN++;
      }
    }
    if (lowN == 0 || highN == 0 || (double) highSum / highN - (double) lowSum / lowN < MIN_CONTRAST) {
      return Optional.empty();
    }
    boolean[] fg = new boolean[w * h];
    for (int i = 0; i < fg.length; i++) {
      fg[i] = (thumb.data[i] & 0xFF) > t;
    }
    int best0 = Integer.MAX_VALUE; // min x+y
    int best1 = Integer.MIN_VALUE; // max x-y
    int best2 = Integer.MIN_VALUE; // max x+y
    int best3 = Integer.MAX_VALUE; // min x-y
    int[] pts = new int[8];
    int kept = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!eroded(fg, w, h, x, y)) {
          continue;
        }
        kept++;
        int s = x + y;
        int d = x - y;
        if (s < best0) { best0 = s; pts[0] = x; pts[1] = y; }
        if (d > best1) { best1 = d; pts[2] = x; pts[3] = y; }
        if (s > best2) { best2 = s; pts[4] = x; pts[5] = y; }
        if (d < best3) { best3 = d; pts[6] = x; pts[7] = y; }
      }
    }
    if (kept < 0.002 * w * h) {
      return Optional.empty();
    }
    double sx = (double) frame.width / w;
    double sy = (double) frame.height / h;
    // Erosion moved the boundary one thumbnail pixel inwards: push each corner back out by 1.5
    // pixels from the kept pixel's centre, towards its own side (TL, TR, BR, BL).
    double[] outX = {-1.5, 1.5, 1.5, -1.5};
    double[] outY = {-1.5, -1.5, 1.5, 1.5};
    double[] xy = new double[8];
    for (int c = 0; c < 4; c++) {
      double x = (pts[2 * c] + 0.5 + outX[c]) * sx;
      double y = (pts[2 * c + 1] + 0.5 + outY[c]) * sy;
      xy[2 * c] = Math.max(0, Math.min(frame.width - 1, x));
      xy[2 * c + 1] = Math.max(0, Math.min(frame.height - 1, y));
    }
    return Optional.of(Quad.of(xy));
  }

  /** True when the pixel and its 8 neighbours are foreground; outside the frame repeats the edge. */
  private static boolean eroded(boolean[] fg, int w, int h, int x, int y) {
    for (int dy = -1; dy <= 1; dy++) {
      int yy = Math.max(0, Math.min(h - 1, y + dy));
      for (int dx = -1; dx <= 1; dx++) {
        int xx = Math.max(0, Math.min(w - 1, x + dx));
        if (!fg[yy * w + xx]) {
          return false;
        }
      }
    }
    return true;
  }
}
