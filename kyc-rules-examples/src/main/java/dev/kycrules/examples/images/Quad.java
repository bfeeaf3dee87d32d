package dev.kycrules.examples.images;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * A document outline as four corners in image pixels of the upright (EXIF-corrected) picture,
 * in the order top-left, top-right, bottom-right, bottom-left. Corners may lie outside the frame
 * (a host's detector can extrapolate a cut-off corner).
 */
public record Quad(Point topLeft, Point topRight, Point bottomRight, Point bottomLeft) {

  /** A corner; coordinates must be finite. */
  public record Point(double x, double y) {
    public Point {
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new IllegalArgumentException("corner coordinates must be finite, was (" + x + ", " + y + ")");
      }
    }
  }

  public Quad {
    if (topLeft == null || topRight == null || bottomRight == null || bottomLeft == null) {
      throw new IllegalArgumentException("a quad needs all four corners");
    }
  }

  /** Builds a quad from eight numbers: x and y of top-left, top-right, bottom-right, bottom-left. */
  public static Quad of(double... xy) {
    if (xy == null || xy.length != 8) {
      throw new IllegalArgumentException("a quad needs exactly 8 coordinates");
    }
    return new Quad(new Point(xy[0], xy[1]), new Point(xy[2], xy[3]),
        new Point(xy[4], xy[5]), new Point(xy[6], xy[7]));
  }

  List<Point> corners() {
    return List.of(topLeft, topRight, bottomRight, bottomLeft);
  }

  /**
   * How many corners lie inside the {@code width x height} frame with at least {@code margin}
   * pixels to spare on every side.
   */
  int cornersInside(int width, int height, double margin) {
    int n = 0;
    for (Point p : corners()) {
      if (p.x() >= margin && p.y() >= margin && p.x() <= width - 1 - margin && p.y() <= height - 1 - margin) {
        n++;
      }
    }
    return n;
  }

  /**
   * The part of the outline inside the frame, as a polygon (Sutherland-Hodgman clipping). The
   * intersection helper is only called for an edge that crosses the boundary, so it never divides by 0.
   */
  List<Point> clippedTo(int width, int height) {
    List<Point> poly = new ArrayList<>(corners());
    poly = clip(poly, p -> p.x() >= 0, (a, b) -> cross(a, b, -a.x() / (b.x() - a.x())));
    poly = clip(poly, p -> p.x() <= width, (a, b) -> cross(a, b, (width - a.x()) / (b.x() - a.x())));
    poly = clip(poly, p -> p.y() >= 0, (a, b) -> cross(a, b, -a.y() / (b.y() - a.y())));
    poly = clip(poly, p -> p.y() <= height, (a, b) -> cross(a, b, (height - a.y()) / (b.y() - a.y())));
    return poly;
  }

  /** Area of the outline's part inside the frame, in square pixels. */
  double areaInside(int width, int height) {
    List<Point> poly = clippedTo(width, height);
    double twice = 0;
    for (int i = 0; i < poly.size(); i++) {
      Point a = poly.get(i);
      Point b = poly.get((i + 1) % poly.size());
      twice += a.x() * b.y() - b.x() * a.y();
    }
    return Math.abs(twice) / 2;
  }

  private static Point cross(Point a, Point b, double t) {
    return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
  }

  private static List<Point> clip(List<Point> poly, Predicate<Point> inside,
      BinaryOperator<Point> intersect) {
    List<Point> out = new ArrayList<>();
    for (int i = 0; i < poly.size(); i++) {
      Point cur = poly.get(i);
      Point prev = poly.get((i + poly.size() - 1) % poly.size());
      boolean curIn = inside.test(cur);
      boolean prevIn = inside.test(prev);
      if (curIn) {
        if (!prevIn) {
          out.add(intersect.apply(prev, cur));
        }
        out.add(cur);
      } else if (prevIn) {
        out.add(intersect.apply(prev, cur));
      }
    }
    return out;
  }
}
