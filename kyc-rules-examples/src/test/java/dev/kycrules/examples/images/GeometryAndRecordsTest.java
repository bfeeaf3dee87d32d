package dev.kycrules.examples.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kycrules.model.DocumentCapture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeometryAndRecordsTest {

  @Test
  void quadAreaIsClippedToTheFrame() {
    Quad inside = Quad.of(10, 10, 110, 10, 110, 60, 10, 60);
    assertThat(inside.areaInside(200, 100)).isCloseTo(5000, within(1e-9));
    Quad halfOut = Quad.of(150, 10, 250, 10, 250, 60, 150, 60);
    assertThat(halfOut.areaInside(200, 100)).isCloseTo(2500, within(1e-9));
    Quad rotated = Quad.of(50, 0, 100, 50, 50, 100, 0, 50); // a diamond of area 5000
    assertThat(rotated.areaInside(200, 100)).isCloseTo(5000, within(1e-9));
    Quad gone = Quad.of(-50, -50, -10, -50, -10, -10, -50, -10);
    assertThat(gone.areaInside(200, 100)).isZero();
    assertThat(halfOut.cornersInside(200, 100, 2)).isEqualTo(2);
  }

  @Test
  void recordsRejectNonsense() {
    assertThatThrownBy(() -> Quad.of(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quad.of(0, 0, Double.NaN, 0, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Provenance(" ", 1, 1, 0, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Provenance("a/v1", 0, 1, 0, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Provenance("a/v1", 1, 1, Double.POSITIVE_INFINITY, ""))
        .isInstanceOf(IllegalArgumentException.class);
    DocumentCapture c = new DocumentCapture(0.9, 0.0, 0.5, 4, 0.5, null, null, null);
    assertThatThrownBy(() -> new MetricsReport(c, Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provenance");
    assertThat(new Provenance("a/v1", 1, 1, 0, null).parameters()).isEmpty();
  }

  @Test
  void lumaBasics() {
    assertThat(Luma.y601(255, 255, 255)).isEqualTo(255);
    assertThat(Luma.y601(0, 0, 0)).isZero();
    assertThat(Luma.y601(255, 0, 0)).isEqualTo(77);
    byte[] flat = new byte[300 * 200];
    java.util.Arrays.fill(flat, (byte) 200);
    Luma shrunk = new Luma(300, 200, flat).shrinkToWidth(97);
    assertThat(shrunk.width).isEqualTo(97);
    assertThat(shrunk.height).isEqualTo(65);
    assertThat(Measures.meanLuma(shrunk)).isCloseTo(200, within(0.01));
    assertThat(Measures.laplacianVariance(shrunk)).isZero();
    Luma small = new Luma(2, 2, new byte[4]);
    assertThat(small.shrinkToWidth(1000)).isSameAs(small);
  }

  @Test
  void laplacianVarianceOfACheckerboardIsKnown() {
    // Alternating 0/100: every interior Laplacian is +-400, mean 0, so the variance is 160000.
    int n = 10;
    byte[] d = new byte[n * n];
    for (int i = 0; i < d.length; i++) {
      d[i] = (byte) (((i / n + i % n) % 2) * 100);
    }
    assertThat(Measures.laplacianVariance(new Luma(n, n, d))).isCloseTo(160_000, within(1e-6));
  }
}
