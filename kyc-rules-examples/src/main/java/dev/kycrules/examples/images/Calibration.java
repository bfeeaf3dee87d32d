package dev.kycrules.examples.images;

/** Argument checks shared by the extractors' calibration parameters. */
final class Calibration {
  private Calibration() {}

  /** Fails unless the width is at least 16 px and the sharpness scale a positive finite number. */
  static void check(int canonicalWidth, double sharpnessScale) {
    if (canonicalWidth < 16) {
      throw new IllegalArgumentException("canonical width must be at least 16 px, was " + canonicalWidth);
    }
    if (!(sharpnessScale > 0) || Double.isInfinite(sharpnessScale)) {
      throw new IllegalArgumentException("sharpness scale must be a positive number, was " + sharpnessScale);
    }
  }
}
