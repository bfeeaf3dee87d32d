package dev.kycrules.examples.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExifOrientationTest {

  /** A 64x32 picture as stored by the sensor: white block top-left (A), grey block top-right (B). */
  private static byte[] storedJpeg() {
    BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 64, 32);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 16, 16);
    g.setColor(new Color(128, 128, 128));
    g.fillRect(48, 0, 16, 16);
    g.dispose();
    return SyntheticCards.jpeg(img);
  }

  /**
   * An APP1 segment written byte by byte: Exif header, TIFF header in the given byte order, IFD0
   * with a Make entry (ASCII "ab\0", inline) before the orientation entry.
   */
  private static byte[] app1(boolean little, int orientation) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    b.writeBytes(little ? new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0} : new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
    b.writeBytes(little ? new byte[] {2, 0} : new byte[] {0, 2});
    b.writeBytes(little // tag 0x010F Make, type 2 ASCII, count 3, "ab\0" inline
        ? new byte[] {0x0F, 0x01, 2, 0, 3, 0, 0, 0, 'a', 'b', 0, 0}
        : new byte[] {0x01, 0x0F, 0, 2, 0, 0, 0, 3, 'a', 'b', 0, 0});
    b.writeBytes(little // tag 0x0112 Orientation, type 3 SHORT, count 1
        ? new byte[] {0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0}
        : new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0});
    b.writeBytes(new byte[] {0, 0, 0, 0});
    byte[] payload = b.toByteArray();
    ByteArrayOutputStream seg = new ByteArrayOutputStream();
    seg.write(0xFF);
    seg.write(0xE1);
    seg.write((payload.length + 2) >> 8);
    seg.write((payload.length + 2) & 0xFF);
    seg.writeBytes(payload);
    return seg.toByteArray();
  }

  /** The JPEG with {@code segment} inserted after its first segment (the JFIF APP0). */
  private static byte[] insertAfterApp0(byte[] jpeg, byte[] segment) {
    assertThat(jpeg[2] & 0xFF).isEqualTo(0xFF);
    assertThat(jpeg[3] & 0xFF).isEqualTo(0xE0);
    int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, app0End);
    out.writeBytes(segment);
    out.write(jpeg, app0End, jpeg.length - app0End);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void readsTheTagInBothByteOrders(int orientation) throws IOException {
    byte[] jpeg = storedJpeg();
    assertThat(ExifOrientation.read(insertAfterApp0(jpeg, app1(true, orientation)))).isEqualTo(orientation);
    assertThat(ExifOrientation.read(insertAfterApp0(jpeg, app1(false, orientation)))).isEqualTo(orientation);
    assertThat(ExifOrientation.read(ExifOrientation.withOrientation(jpeg, orientation))).isEqualTo(orientation);
    // The segment does not disturb decoding.
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(insertAfterApp0(jpeg, app1(true, orientation)))))
        .isNotNull();
  }

  @Test
  void anythingElseReadsAsUpright() throws IOException {
    byte[] jpeg = storedJpeg();
    assertThat(ExifOrientation.read(jpeg)).isEqualTo(1);
    assertThat(ExifOrientation.read(insertAfterApp0(jpeg, app1(false, 9)))).isEqualTo(1);
    assertThat(ExifOrientation.read(insertAfterApp0(jpeg, app1(true, 0)))).isEqualTo(1);
    assertThat(ExifOrientation.read(new byte[0])).isEqualTo(1);
    assertThat(ExifOrientation.read(null)).isEqualTo(1);
    assertThat(ExifOrientation.read("hello world".getBytes())).isEqualTo(1);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
    assertThat(ExifOrientation.read(png.toByteArray())).isEqualTo(1);
    // Truncated in the middle of the APP1 segment, and a length running past the end.
    byte[] tagged = insertAfterApp0(jpeg, app1(false, 6));
    for (int cut = 4; cut < 80; cut++) {
      assertThat(ExifOrientation.read(java.util.Arrays.copyOf(tagged, cut))).isBetween(1, 8);
    }
    byte[] lying = tagged.clone();
    int app1At = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    lying[app1At + 2] = (byte) 0x7F;
    assertThat(ExifOrientation.read(lying)).isEqualTo(1);
  }

  /** Where stored block A (top-left) and B (top-right) must appear, per the EXIF 2.3 table. */
  @ParameterizedTest(name = "orientation {0}: A at {1}, B at {2}")
  @CsvSource({
      "1, TL, TR", "2, TR, TL", "3, BR, BL", "4, BL, BR",
      "5, TL, BL", "6, TR, BR", "7, BR, TR", "8, BL, TL"})
  void loaderTurnsThePictureUpright(int orientation, String a, String b) throws IOException {
    Luma upright = Pictures.uprightLuma(insertAfterApp0(storedJpeg(), app1(orientation % 2 == 0, orientation)), "t");
    boolean swapped = orientation >= 5;
    assertThat(upright.width).isEqualTo(swapped ? 32 : 64);
    assertThat(upright.height).isEqualTo(swapped ? 64 : 32);
    for (String corner : new String[] {"TL", "TR", "BR", "BL"}) {
      int x = corner.endsWith("L") ? 4 : upright.width - 5;
      int y = corner.startsWith("T") ? 4 : upright.height - 5;
      int v = upright.get(x, y);
      if (corner.equals(a)) {
        assertThat(v).as("A at %s", corner).isGreaterThan(230);
      } else if (corner.equals(b)) {
        assertThat(v).as("B at %s", corner).isBetween(110, 150);
      } else {
        assertThat(v).as("nothing at %s", corner).isLessThan(25);
      }
    }
  }
}
