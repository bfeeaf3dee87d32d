package dev.kycrules.examples.images;

/**
 * How one metric was produced: the algorithm id with its version, the size of the pixel grid it
 * ran on, the raw value before any mapping to 0..1, and free-text parameters (calibration
 * constant, grid, margin). Values from different algorithms or resolutions are not comparable;
 * a host recalibrates from {@code raw}.
 */
public record Provenance(String algorithm, int width, int height, double raw, String parameters) {
  public Provenance {
    if (algorithm == null || algorithm.isBlank()) {
      throw new IllegalArgumentException("algorithm id is required");
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("resolution must be positive, was " + width + "x" + height);
    }
    if (!Double.isFinite(raw)) {
      throw new IllegalArgumentException("raw value must be finite, was " + raw);
    }
    parameters = parameters == null ? "" : parameters;
  }
}
