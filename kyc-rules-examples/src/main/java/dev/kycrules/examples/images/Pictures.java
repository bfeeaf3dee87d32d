package dev.kycrules.examples.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Loads a picture file as an upright luma plane: decode with ImageIO, then apply EXIF orientation. */
final class Pictures {
  private Pictures() {}

  /** Decodes JPEG or PNG bytes (whatever ImageIO reads) and turns them upright. */
  static Luma uprightLuma(byte[] file, String name) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
    if (image == null) {
      throw new IOException(name + ": no image reader understood this file (JPEG or PNG expected)");
    }
    return Luma.of(image).oriented(ExifOrientation.read(file));
  }

  static Luma uprightLuma(Path file) throws IOException {
    return uprightLuma(Files.readAllBytes(file), file.toString());
  }
}
