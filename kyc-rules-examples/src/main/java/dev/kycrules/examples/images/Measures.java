package dev.kycrules.examples.images;

/** The raw measurements, on plain arrays. Each returns an unscaled number; callers map it to 0..1. */
final class Measures {
  /** Luma at or above this level counts as saturated (blown out) for the glare measure. */
  static final int SATURATED = 250;

  private Measures() {}

  /**
   * Population variance of the 4-neighbour Laplacian {@code [0 1 0; 1 -4 1; 0 1 0]} over the
   * interior pixels (the one-pixel border is skipped). Low means blurry. Needs at least 3x3.
   */
  static double laplacianVariance(Luma l) {
    int w = l.width;
    int h = l.height;
    if (w < 3 || h < 3) {
      throw new IllegalArgumentException("Laplacian needs at least 3x3 pixels, was " + w + "x" + h);
    }
    byte[] d = l.data;
    long sum = 0;
    long sumSq = 0;
    for (int y = 1; y < h - 1; y++) {
      int row = y * w;
      for (int x = 1; x < w - 1; x++) {
        int i = row + x;
        int lap = (d[i - w] & 0xFF) + (d[i + w] & 0xFF) + (d[i - 1] & 0xFF) + (d[i + 1] & 0xFF)
            - 4 * (d[i] & 0xFF);
        sum += lap;
        sumSq += (long) lap * lap;
      }
    }
    double n = (double) (w - 2) * (h - 2);
    double mean = sum / n;
    return Math.max(0, sumSq / n - mean * mean);
  }

  /** Mean luma, 0..255. */
  static double meanLuma(Luma l) {
    long sum = 0;
    for (byte b : l.data) {
      sum += b & 0xFF;
    }
    return (double) sum / l.data.length;
  }

  /**
   * The largest share of saturated pixels (luma >= {@value #SATURATED}) in any tile of a
   * {@code cols x rows} grid. Glare is local, so a global share would dilute a bright spot.
   */
  static double worstTileSaturation(Luma l, int cols, int rows) {
    int c = Math.min(cols, l.width);
    int r = Math.min(rows, l.height);
    double worst = 0;
    for (int ty = 0; ty < r; ty++) {
      int y0 = ty * l.height / r;
      int y1 = (ty + 1) * l.height / r;
      for (int tx = 0; tx < c; tx++) {
        int x0 = tx * l.width / c;
        int x1 = (tx + 1) * l.width / c;
        int hits = 0;
        for (int y = y0; y < y1; y++) {
          int row = y * l.width;
          for (int x = x0; x < x1; x++) {
            if ((l.data[row + x] & 0xFF) >= SATURATED) {
              hits++;
            }
          }
        }
        worst = Math.max(worst, (double) hits / ((x1 - x0) * (y1 - y0)));
      }
    }
    return worst;
  }

  /** Mean luma over a rectangle (clipped to the plane); NaN when the clipped rectangle is empty. */
  static double meanLuma(Luma l, int x0, int y0, int x1, int y1) {
    int ax = Math.max(0, x0);
    int ay = Math.max(0, y0);
    int bx = Math.min(l.width, x1);
    int by = Math.min(l.height, y1);
    if (ax >= bx || ay >= by) {
      return Double.NaN;
    }
    long sum = 0;
    for (int y = ay; y < by; y++) {
      int row = y * l.width;
      for (int x = ax; x < bx; x++) {
        sum += l.data[row + x] & 0xFF;
      }
    }
    return (double) sum / ((long) (bx - ax) * (by - ay));
  }

  /** Otsu's threshold: the level t maximising between-class variance of {@code <= t} vs {@code > t}. */
  static int otsu(Luma l) {
    long[] hist = new long[256];
    for (byte b : l.data) {
      hist[b & 0xFF]++;
    }
    long total = l.data.length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * hist[i];
    }
    double sumLow = 0;
    long low = 0;
    double best = -1;
    int threshold = 0;
    for (int t = 0; t < 255; t++) {
      low += hist[t];
      if (low == 0) {
        continue;
      }
      long high = total - low;
      if (high == 0) {
        break;
      }
      sumLow += (double) t * hist[t];
      double m0 = sumLow / low;
      double m1 = (sumAll - sumLow) / high;
      double between = (double) low * high * (m0 - m1) * (m0 - m1);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }
}
