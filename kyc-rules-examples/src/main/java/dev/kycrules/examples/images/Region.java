package dev.kycrules.examples.images;

/**
 * An axis-aligned box in pixels of the upright picture, such as the face box a host's face
 * detector returns. Width and height must be positive; the box may extend past the frame.
 */
public record Region(int x, int y, int width, int height) {
  public Region {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("region must have a positive size, was " + width + "x" + height);
    }
  }
}
