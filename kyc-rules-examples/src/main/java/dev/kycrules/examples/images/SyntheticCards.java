package dev.kycrules.examples.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Synthetic photos of an ID-1 card (85.6 x 54 mm proportions) on a dark table, drawn with Java2D
 * from shapes only (no fonts, so output is identical on every machine), plus one variant per
 * capture fault. Frames are 1600x1000 RGB. Each variant is built to trip exactly one default
 * threshold; see docs/IMAGE-METRICS.md for the measured values.
 */
public final class SyntheticCards {
  /** Frame size of every variant. */
  public static final int WIDTH = 1600;
  public static final int HEIGHT = 1000;
  static final double CARD_W = 1200;
  static final double CARD_H = 756;
  static final float JPEG_QUALITY = 0.92f;

  /** The capture conditions the generator can simulate. */
  public enum Variant {
    /** In focus, evenly lit, card fills about 57% of the frame. */
    SHARP,
    /** Gaussian blur with sigma 3 px over the whole frame (defocus or motion). */
    BLURRED,
    /** A bright elliptical reflection whose core clips to white. */
    GLARE,
    /** Every channel scaled by 0.25 (a dim room). */
    DARK,
    /**
     * Exposure gain 5 with a soft shoulder that rolls off just below 250, as phone tone curves
     * do; unlike glare, nothing clips.
     */
    OVEREXPOSED,
    /** Card shifted 560 px right, so its right edge and corners are outside the frame. */
    CUT_OFF,
    /** Card drawn at 40% size: about 9% of the frame. */
    FAR;

    String fileStem() {
      return "card-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private SyntheticCards() {}

  /** Renders one variant as an upright 1600x1000 RGB image. */
  public static BufferedImage render(Variant variant) {
    BufferedImage img = scene(placement(variant));
    return switch (variant) {
      case BLURRED -> gaussianBlur(img, 3.0);
      case GLARE -> withGlare(img);
      case DARK -> toneMap(img, v -> v * 0.25);
      case OVEREXPOSED -> toneMap(img, v -> 247 * (1 - Math.exp(-5 * v / 247)));
      default -> img;
    };
  }

  /**
   * Writes every variant as JPEG (quality 0.92), the sharp card also as PNG, and the sharp card
   * stored sideways with EXIF orientation 6 (a phone held in portrait), into {@code dir}, which is
   * created if missing. Returns the written files in a stable order.
   */
  public static List<Path> writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Variant v : Variant.values()) {
      BufferedImage img = render(v);
      Path p = dir.resolve(v.fileStem() + ".jpg");
      Files.write(p, jpeg(img));
      written.add(p);
      if (v == Variant.SHARP) {
        Path png = dir.resolve(v.fileStem() + ".png");
        ImageIO.write(img, "png", png.toFile());
        written.add(png);
        Path exif = dir.resolve(v.fileStem() + "-exif6.jpg");
        Files.write(exif, ExifOrientation.withOrientation(jpeg(storedForOrientation6(img)), 6));
        written.add(exif);
      }
    }
    return written;
  }

  /** The true card outline of a variant in frame pixels (rounded corners ignored). */
  static Quad outline(Variant variant) {
    AffineTransform at = placement(variant);
    double[] xy = {0, 0, CARD_W, 0, CARD_W, CARD_H, 0, CARD_H};
    at.transform(xy, 0, xy, 0, 4);
    return Quad.of(xy);
  }

  /** Where the card sits in the frame: design units (1200x756) to frame pixels. */
  static AffineTransform placement(Variant variant) {
    return switch (variant) {
      case CUT_OFF -> new AffineTransform(1, 0, 0, 1, 760, 122);
      case FAR -> {
        double s = 0.4;
        AffineTransform at = new AffineTransform();
        at.translate((WIDTH - CARD_W * s) / 2, (HEIGHT - CARD_H * s) / 2);
        at.scale(s, s);
        yield at;
      }
      default -> new AffineTransform(1, 0, 0, 1, (WIDTH - CARD_W) / 2, (HEIGHT - CARD_H) / 2);
    };
  }

  /** JPEG bytes at quality {@value #JPEG_QUALITY}. */
  static byte[] jpeg(BufferedImage img) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(img, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode JPEG in memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The pixels a sensor would store for an upright picture that needs a 90-degree clockwise turn. */
  static BufferedImage storedForOrientation6(BufferedImage upright) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    BufferedImage stored = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
    for (int b = 0; b < w; b++) {
      for (int a = 0; a < h; a++) {
        stored.setRGB(a, b, upright.getRGB(w - 1 - b, a));
      }
    }
    return stored;
  }

  private static BufferedImage scene(AffineTransform cardPlacement) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setPaint(new GradientPaint(0, 0, new Color(42, 38, 36), WIDTH, HEIGHT, new Color(22, 22, 26)));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.transform(cardPlacement);
      paintCard(g);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Draws the card in design units, origin at its top-left corner. */
  private static void paintCard(Graphics2D g) {
    Random rnd = new Random(6); // fixed seed: every run draws the same card
    RoundRectangle2D body = new RoundRectangle2D.Double(0, 0, CARD_W, CARD_H, 60, 60);
    g.setColor(new Color(205, 218, 228));
    g.fill(body);
    // Guilloche-like background waves.
    g.setClip(body);
    g.setStroke(new BasicStroke(1.6f));
    g.setColor(new Color(178, 196, 214));
    for (int k = 0; k < 14; k++) {
      Path2D wave = new Path2D.Double();
      for (int x = 0; x <= CARD_W; x += 6) {
        double y = 140 + k * 44 + 16 * Math.sin(x / 37.0 + k) + 9 * Math.sin(x / 11.0 + 2 * k);
        if (x == 0) {
          wave.moveTo(x, y);
        } else {
          wave.lineTo(x, y);
        }
      }
      g.draw(wave);
    }
    // Header band (kept light: the built-in detector needs a light card edge) with a dark title.
    g.setColor(new Color(150, 178, 218));
    g.fill(new Rectangle2D.Double(0, 0, CARD_W, 110));
    g.setColor(new Color(30, 50, 110));
    words(g, rnd, 60, 36, 700, 38, 14);
    g.setClip(null);
    // Border.
    g.setStroke(new BasicStroke(5f));
    g.setColor(new Color(70, 100, 140));
    g.draw(new RoundRectangle2D.Double(12, 12, CARD_W - 24, CARD_H - 24, 44, 44));
    // Photo box: neutral backdrop, head and shoulders.
    Rectangle2D photo = new Rectangle2D.Double(60, 150, 320, 400);
    g.setPaint(new GradientPaint(60, 150, new Color(168, 172, 176), 60, 550, new Color(120, 124, 130)));
    g.fill(photo);
    g.setClip(photo);
    g.setColor(new Color(40, 44, 60));
    g.fill(new Ellipse2D.Double(70, 430, 300, 240));
    g.setColor(new Color(196, 160, 136));
    g.fill(new Ellipse2D.Double(140, 210, 160, 210));
    g.setColor(new Color(60, 40, 30));
    g.fill(new Ellipse2D.Double(136, 190, 168, 90));
    g.setClip(null);
    g.setStroke(new BasicStroke(2f));
    g.setColor(new Color(80, 90, 110));
    g.draw(photo);
    // Field labels (small, grey) and values (larger, near black).
    for (int line = 0; line < 6; line++) {
      double y = 160 + line * 62;
      g.setColor(new Color(96, 106, 124));
      words(g, rnd, 430, y, 420, 12, 2);
      g.setColor(new Color(28, 30, 44));
      words(g, rnd, 430, y + 20, 430 + rnd.nextInt(260), 24, 3 + rnd.nextInt(3));
    }
    // Signature.
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(30, 40, 90));
    Path2D sig = new Path2D.Double();
    sig.moveTo(80, 600);
    for (int i = 1; i <= 40; i++) {
      sig.lineTo(80 + i * 7, 600 + 18 * Math.sin(i * 0.9) - i * 0.4);
    }
    g.draw(sig);
    // Machine-readable zone: three rows of monospaced blocks.
    g.setColor(new Color(24, 24, 30));
    for (int row = 0; row < 3; row++) {
      double y = 640 + row * 34;
      for (int c = 0; c < 30; c++) {
        if (rnd.nextInt(5) == 0) {
          g.fill(new Rectangle2D.Double(440 + c * 24, y + 20, 16, 4)); // filler '<'
        } else {
          g.fill(new Rectangle2D.Double(440 + c * 24, y, 8 + rnd.nextInt(9), 24));
        }
      }
    }
  }

  /** Fills {@code count} words of glyph-like blocks from x0 to at most x1 at height h. */
  private static void words(Graphics2D g, Random rnd, double x0, double y, double x1, double h, int count) {
    double x = x0;
    for (int word = 0; word < count && x < x1; word++) {
      int letters = 3 + rnd.nextInt(7);
      for (int i = 0; i < letters && x < x1; i++) {
        double w = h * (0.35 + 0.4 * rnd.nextDouble());
        g.fill(new Rectangle2D.Double(x, y, w, h));
        x += w + h * 0.22;
      }
      x += h * 0.7;
    }
  }

  private static BufferedImage withGlare(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      AffineTransform card = placement(Variant.SHARP);
      Point2D c = card.transform(new Point2D.Double(780, 330), null);
      g.translate(c.getX(), c.getY());
      g.scale(1.0, 0.6); // elliptical: 170 x 102 px
      g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 170f, new float[] {0f, 0.45f, 1f},
          new Color[] {Color.WHITE, Color.WHITE, new Color(255, 255, 255, 0)},
          MultipleGradientPaint.CycleMethod.NO_CYCLE));
      g.fill(new Ellipse2D.Double(-170, -170, 340, 340));
    } finally {
      g.dispose();
    }
    return img;
  }

  private static BufferedImage toneMap(BufferedImage img, java.util.function.DoubleUnaryOperator curve) {
    int[] lut = new int[256];
    for (int i = 0; i < 256; i++) {
      lut[i] = (int) Math.max(0, Math.min(255, Math.round(curve.applyAsDouble(i))));
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] px = img.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      px[i] = (lut[(p >> 16) & 0xFF] << 16) | (lut[(p >> 8) & 0xFF] << 8) | lut[p & 0xFF];
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, px, 0, w);
    return out;
  }

  /** Separable Gaussian blur, radius 3 sigma, edges extended by drawing onto a padded copy. */
  static BufferedImage gaussianBlur(BufferedImage img, double sigma) {
    int r = (int) Math.ceil(3 * sigma);
    float[] k = new float[2 * r + 1];
    double sum = 0;
    for (int i = -r; i <= r; i++) {
      k[i + r] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += k[i + r];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= (float) sum;
    }
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage padded = new BufferedImage(w + 2 * r, h + 2 * r, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = padded.createGraphics();
    g.drawImage(img, r, r, null);
    g.drawImage(img.getSubimage(0, 0, 1, h), 0, r, r, h, null);
    g.drawImage(img.getSubimage(w - 1, 0, 1, h), w + r, r, r, h, null);
    g.drawImage(padded.getSubimage(0, r, w + 2 * r, 1), 0, 0, w + 2 * r, r, null);
    g.drawImage(padded.getSubimage(0, h + r - 1, w + 2 * r, 1), 0, h + r, w + 2 * r, r, null);
    g.dispose();
    BufferedImage horizontal = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null)
        .filter(padded, null);
    BufferedImage both = new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null)
        .filter(horizontal, null);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D o = out.createGraphics();
    o.drawImage(both.getSubimage(r, r, w, h), 0, 0, null);
    o.dispose();
    return out;
  }
}
