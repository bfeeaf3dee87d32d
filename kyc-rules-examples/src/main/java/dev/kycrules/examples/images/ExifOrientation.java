package dev.kycrules.examples.images;

import java.io.ByteArrayOutputStream;

/**
 * Reads (and, for the demo pictures, writes) the EXIF orientation tag (0x0112) of a JPEG file.
 * The reader walks the marker segments up to the start of scan, looks for an APP1 segment
 * starting with {@code "Exif\0\0"}, and reads IFD0 of the TIFF structure in either byte order.
 * Anything missing or malformed yields 1 (upright): a bad tag must not stop the measurement.
 */
final class ExifOrientation {
  static final int UPRIGHT = 1;
  private static final int TAG_ORIENTATION = 0x0112;
  private static final int TYPE_SHORT = 3;

  private ExifOrientation() {}

  /** The orientation 1..8 of a JPEG file's bytes; 1 when absent, invalid or not a JPEG. */
  static int read(byte[] file) {
    if (file == null || file.length < 4 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
      return UPRIGHT;
    }
    int pos = 2;
    while (pos + 4 <= file.length) {
      if ((file[pos] & 0xFF) != 0xFF) {
        return UPRIGHT;
      }
      int marker = file[pos + 1] & 0xFF;
      if (marker == 0xFF) { // fill byte
        pos++;
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) { // start of scan or end of image: no more metadata
        return UPRIGHT;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without length
        pos += 2;
        continue;
      }
      int length = u16(file, pos + 2, false);
      if (length < 2 || pos + 2 + length > file.length) {
        return UPRIGHT;
      }
      if (marker == 0xE1) {
        int found = fromApp1(file, pos + 4, length - 2);
        if (found != 0) {
          return found;
        }
      }
      pos += 2 + length;
    }
    return UPRIGHT;
  }

  /** Orientation from an APP1 payload; 0 when the payload is not Exif or has no valid tag. */
  private static int fromApp1(byte[] b, int start, int length) {
    if (length < 14 || !(b[start] == 'E' && b[start + 1] == 'x' && b[start + 2] == 'i'
        && b[start + 3] == 'f' && b[start + 4] == 0 && b[start + 5] == 0)) {
      return 0;
    }
    int tiff = start + 6;
    int end = start + length;
    boolean little;
    if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      little = true;
    } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      little = false;
    } else {
      return 0;
    }
    if (u16(b, tiff + 2, little) != 42) {
      return 0;
    }
    long ifd = u32(b, tiff + 4, little);
    if (ifd < 8 || tiff + ifd + 2 > end) {
      return 0;
    }
    int p = (int) (tiff + ifd);
    int count = u16(b, p, little);
    p += 2;
    for (int i = 0; i < count && p + 12 <= end; i++, p += 12) {
      if (u16(b, p, little) == TAG_ORIENTATION) {
        if (u16(b, p + 2, little) != TYPE_SHORT) {
          return 0;
        }
        int value = u16(b, p + 8, little); // a single SHORT sits left-justified in the value field
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }

  /**
   * A copy of a JPEG file with an APP1 Exif segment holding only the orientation tag inserted
   * right after the start-of-image marker (big-endian TIFF). Any orientation already present in
   * a later segment is shadowed, since {@link #read} takes the first one.
   */
  static byte[] withOrientation(byte[] jpeg, int orientation) {
    if (orientation < 1 || orientation > 8) {
      throw new IllegalArgumentException("EXIF orientation must be 1..8, was " + orientation);
    }
    if (jpeg == null || jpeg.length < 2 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw new IllegalArgumentException("not a JPEG file (no start-of-image marker)");
    }
    ByteArrayOutputStream app1 = new ByteArrayOutputStream();
    app1.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    app1.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // TIFF header, IFD0 at offset 8
    app1.writeBytes(new byte[] {0, 1}); // one entry
    app1.writeBytes(new byte[] {0x01, 0x12, 0, TYPE_SHORT, 0, 0, 0, 1, 0, (byte) orientation, 0, 0});
    app1.writeBytes(new byte[] {0, 0, 0, 0}); // no next IFD
    byte[] payload = app1.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(0xE1);
    out.write((payload.length + 2) >> 8);
    out.write((payload.length + 2) & 0xFF);
    out.writeBytes(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static int u16(byte[] b, int p, boolean little) {
    int hi = b[little ? p + 1 : p] & 0xFF;
    int lo = b[little ? p : p + 1] & 0xFF;
    return (hi << 8) | lo;
  }

  private static long u32(byte[] b, int p, boolean little) {
    long a = u16(b, p, little);
    long c = u16(b, p + 2, little);
    return little ? (c << 16) | a : (a << 16) | c;
  }
}
