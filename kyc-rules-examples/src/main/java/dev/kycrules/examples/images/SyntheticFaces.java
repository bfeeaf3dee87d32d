package dev.kycrules.examples.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Selfie-like pictures drawn from shapes: 800x1000, face box {@link #FACE} (what a host's face
 * detector would report), one variant per face capture fault. See docs/IMAGE-METRICS.md.
 */
final class SyntheticFaces {
  static final Region FACE = new Region(250, 230, 300, 400);

  enum Variant { SHARP, BLURRED, DARK, BRIGHT, BACKLIT }

  private SyntheticFaces() {}

  /**
   * Writes every variant as {@code face-<variant>.jpg} (JPEG quality 0.92) into {@code dir}, which
   * is created if missing. Returns the written files in a stable order.
   */
  static List<Path> writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Variant v : Variant.values()) {
      Path p = dir.resolve("face-" + v.name().toLowerCase(Locale.ROOT) + ".jpg");
      Files.write(p, SyntheticCards.jpeg(render(v)));
      written.add(p);
    }
    return written;
  }

  static BufferedImage render(Variant v) {
    return switch (v) {
      case SHARP -> scene(new Color(150, 150, 155), new Color(120, 122, 128), 1.0);
      case BLURRED -> SyntheticCards.gaussianBlur(render(Variant.SHARP), 3.0);
      case DARK -> scale(render(Variant.SHARP), 0.25);
      case BRIGHT -> curve(render(Variant.SHARP));
      // A window behind the person: bright surround, face in its own shadow.
      case BACKLIT -> scene(new Color(246, 246, 240), new Color(230, 232, 236), 0.45);
    };
  }

  private static BufferedImage scene(Color top, Color bottom, double faceLight) {
    BufferedImage img = new BufferedImage(800, 1000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, top, 0, 1000, bottom));
    g.fillRect(0, 0, 800, 1000);
    g.setColor(lit(new Color(50, 60, 90), faceLight)); // shoulders
    g.fill(new Ellipse2D.Double(120, 760, 560, 420));
    g.setColor(lit(new Color(200, 160, 135), faceLight)); // neck
    g.fill(new Rectangle2D.Double(340, 580, 120, 220));
    g.setColor(lit(new Color(215, 175, 150), faceLight)); // face
    g.fill(new Ellipse2D.Double(250, 230, 300, 400));
    g.setColor(lit(new Color(55, 38, 28), faceLight)); // hair
    g.fill(new Arc2D.Double(240, 200, 320, 260, 0, 180, Arc2D.CHORD));
    for (int side = 0; side < 2; side++) {
      double ex = side == 0 ? 320 : 420;
      g.setColor(lit(new Color(245, 245, 245), faceLight));
      g.fill(new Ellipse2D.Double(ex, 390, 60, 30));
      g.setColor(lit(new Color(60, 80, 60), faceLight));
      g.fill(new Ellipse2D.Double(ex + 18, 392, 26, 26));
      g.setColor(lit(new Color(70, 50, 40), faceLight));
      g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Arc2D.Double(ex - 5, 360, 70, 30, 20, 140, Arc2D.OPEN));
    }
    g.setColor(lit(new Color(170, 125, 105), faceLight));
    g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Arc2D.Double(370, 430, 60, 80, 200, 140, Arc2D.OPEN)); // nose
    g.setColor(lit(new Color(160, 70, 70), faceLight));
    g.fill(new Arc2D.Double(350, 510, 100, 50, 180, 180, Arc2D.CHORD)); // mouth
    g.dispose();
    return img;
  }

  private static Color lit(Color c, double k) {
    return new Color((int) (c.getRed() * k), (int) (c.getGreen() * k), (int) (c.getBlue() * k));
  }

  private static BufferedImage scale(BufferedImage img, double k) {
    return map(img, v -> (int) Math.round(v * k));
  }

  private static BufferedImage curve(BufferedImage img) {
    return map(img, v -> (int) Math.round(253 * (1 - Math.exp(-8.0 * v / 253))));
  }

  private static BufferedImage map(BufferedImage img, java.util.function.IntUnaryOperator f) {
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        int r = f.applyAsInt((p >> 16) & 0xFF);
        int gg = f.applyAsInt((p >> 8) & 0xFF);
        int b = f.applyAsInt(p & 0xFF);
        out.setRGB(x, y, (r << 16) | (gg << 8) | b);
      }
    }
    return out;
  }
}
