package dev.kycrules.examples.images;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * An 8-bit luma plane (ITU-R BT.601 weights), row-major, one unsigned byte per pixel. All metric
 * code works on this plain array; nothing here allocates per pixel.
 */
final class Luma {
  final int width;
  final int height;
  final byte[] data;

  Luma(int width, int height, byte[] data) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("luma plane must be at least 1x1, was " + width + "x" + height);
    }
    if (data == null || data.length != width * height) {
      throw new IllegalArgumentException("luma data must hold exactly width*height bytes");
    }
    this.width = width;
    this.height = height;
    this.data = data;
  }

  int get(int x, int y) {
    return data[y * width + x] & 0xFF;
  }

  /** BT.601 luma of an image: Y = 0.299 R + 0.587 G + 0.114 B, rounded; alpha is ignored. */
  static Luma of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h];
    Raster raster = image.getRaster();
    boolean srgb = image.getColorModel().getColorSpace().isCS_sRGB();
    if (raster.getDataBuffer() instanceof DataBufferByte buffer
        && raster.getSampleModel() instanceof ComponentSampleModel model
        && raster.getSampleModelTranslateX() == 0
        && raster.getSampleModelTranslateY() == 0
        && buffer.getNumBanks() == 1) {
      byte[] src = buffer.getData();
      int base = buffer.getOffset();
      int stride = model.getScanlineStride();
      int pixel = model.getPixelStride();
      int[] bands = model.getBandOffsets();
      if (model.getNumBands() == 1) {
        // Gray images: take the stored samples as luma (ImageIO decodes gray JPEG/PNG this way).
        for (int y = 0; y < h; y++) {
          int row = base + y * stride + bands[0];
          for (int x = 0; x < w; x++) {
            out[y * w + x] = src[row + x * pixel];
          }
        }
        return new Luma(w, h, out);
      }
      if (srgb && model.getNumBands() >= 3) {
        int r0 = bands[0];
        int g0 = bands[1];
        int b0 = bands[2];
        for (int y = 0; y < h; y++) {
          int row = base + y * stride;
          int o = y * w;
          for (int x = 0; x < w; x++) {
            int p = row + x * pixel;
            out[o + x] = (byte) y601(src[p + r0] & 0xFF, src[p + g0] & 0xFF, src[p + b0] & 0xFF);
          }
        }
        return new Luma(w, h, out);
      }
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int rgb = row[x];
        out[y * w + x] = (byte) y601((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
      }
    }
    return new Luma(w, h, out);
  }

  /** Integer BT.601 luma: (77 R + 150 G + 29 B + 128) / 256, within half a level of the exact weights. */
  static int y601(int r, int g, int b) {
    return (77 * r + 150 * g + 29 * b + 128) >> 8;
  }

  /** A copy of the given rectangle, which must lie inside this plane. */
  Luma crop(int x, int y, int w, int h) {
    if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height) {
      throw new IllegalArgumentException("crop " + x + "," + y + " " + w + "x" + h
          + " does not fit in " + width + "x" + height);
    }
    byte[] out = new byte[w * h];
    for (int r = 0; r < h; r++) {
      System.arraycopy(data, (y + r) * width + x, out, r * w, w);
    }
    return new Luma(w, h, out);
  }

  /**
   * Shrinks the plane to {@code maxWidth} columns by area averaging, keeping the aspect ratio.
   * Planes already that narrow are returned unchanged: upscaling would only invent smoothness.
   */
  Luma shrinkToWidth(int maxWidth) {
    if (maxWidth < 1) {
      throw new IllegalArgumentException("maxWidth must be positive, was " + maxWidth);
    }
    if (width <= maxWidth) {
      return this;
    }
    int nw = maxWidth;
    int nh = Math.max(1, (int) Math.round(height * (double) maxWidth / width));
    return resizeArea(nw, nh);
  }

  /** Area-averaging resize (each output pixel is the mean of the source area it covers). */
  Luma resizeArea(int nw, int nh) {
    if (nw < 1 || nh < 1 || nw > width || nh > height) {
      throw new IllegalArgumentException("area resize only shrinks, asked " + nw + "x" + nh
          + " from " + width + "x" + height);
    }
    Taps tx = Taps.of(width, nw);
    Taps ty = Taps.of(height, nh);
    // Horizontal pass row by row into floats, then accumulate weighted rows for each output row.
    float[] tmp = new float[nw * height];
    for (int y = 0; y < height; y++) {
      int src = y * width;
      int dst = y * nw;
      for (int i = 0; i < nw; i++) {
        int first = tx.first[i];
        int base = i * tx.span;
        float acc = 0;
        for (int k = 0; k < tx.span; k++) {
          float wgt = tx.weight[base + k];
          if (wgt != 0) {
            acc += wgt * (data[src + first + k] & 0xFF);
          }
        }
        tmp[dst + i] = acc;
      }
    }
    byte[] out = new byte[nw * nh];
    float[] row = new float[nw];
    for (int j = 0; j < nh; j++) {
      Arrays.fill(row, 0f);
      int first = ty.first[j];
      int base = j * ty.span;
      for (int k = 0; k < ty.span; k++) {
        float wgt = ty.weight[base + k];
        if (wgt == 0) {
          continue;
        }
        int src = (first + k) * nw;
        for (int i = 0; i < nw; i++) {
          row[i] += wgt * tmp[src + i];
        }
      }
      int dst = j * nw;
      for (int i = 0; i < nw; i++) {
        out[dst + i] = (byte) Math.max(0, Math.min(255, Math.round(row[i])));
      }
    }
    return new Luma(nw, nh, out);
  }

  /** For each output index: the first source index and normalised coverage weights. */
  private record Taps(int span, int[] first, float[] weight) {
    static Taps of(int from, int to) {
      double scale = (double) from / to;
      int span = (int) Math.ceil(scale) + 1;
      int[] first = new int[to];
      float[] weight = new float[to * span];
      for (int i = 0; i < to; i++) {
        double a = i * scale;
        double b = Math.min(from, a + scale);
        int x0 = (int) a;
        first[i] = x0; // taps past the end get weight 0 and are never read
        for (int x = x0; x < b && x < from; x++) {
          double cover = Math.min(b, x + 1) - Math.max(a, x);
          weight[i * span + (x - first[i])] = (float) (cover / scale);
        }
      }
      return new Taps(span, first, weight);
    }
  }

  /**
   * Applies an EXIF orientation (1..8) so that the result is the upright picture the camera meant.
   * Orientations 5..8 swap width and height.
   */
  Luma oriented(int orientation) {
    if (orientation < 1 || orientation > 8) {
      throw new IllegalArgumentException("EXIF orientation must be 1..8, was " + orientation);
    }
    if (orientation == 1) {
      return this;
    }
    boolean swap = orientation >= 5;
    int nw = swap ? height : width;
    int nh = swap ? width : height;
    byte[] out = new byte[nw * nh];
    int w = width;
    int h = height;
    for (int y = 0; y < nh; y++) {
      for (int x = 0; x < nw; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> { sx = w - 1 - x; sy = y; }          // mirrored left-right
          case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }  // rotated 180
          case 4 -> { sx = x; sy = h - 1 - y; }          // mirrored top-bottom
          case 5 -> { sx = y; sy = x; }                  // transposed
          case 6 -> { sx = y; sy = h - 1 - x; }          // needs 90 degrees clockwise
          case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }  // transversed
          default -> { sx = w - 1 - y; sy = x; }         // 8: needs 90 degrees counter-clockwise
        }
        out[y * nw + x] = data[sy * w + sx];
      }
    }
    return new Luma(nw, nh, out);
  }
}
