package dev.kycrules.examples.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kycrules.model.DocumentCapture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import java.util.Set;

/** The shipped default thresholds (kyc-rules/policy.json) and which of them a capture crosses. */
final class DefaultLimits {
  private static final JsonNode LIMITS = load();

  private DefaultLimits() {}

  static double limit(String reason) {
    JsonNode n = LIMITS.get(reason);
    if (n == null) {
      throw new IllegalArgumentException("no default limit for " + reason);
    }
    return n.asDouble();
  }

  /** The document image reasons whose default threshold this capture crosses. */
  static Set<String> crossed(DocumentCapture c) {
    Set<String> out = new TreeSet<>();
    if (c.sharpness() < limit("DOC_IMAGE_BLURRY")) {
      out.add("DOC_IMAGE_BLURRY");
    }
    if (c.glare() > limit("DOC_IMAGE_GLARE")) {
      out.add("DOC_IMAGE_GLARE");
    }
    if (c.brightness() < limit("DOC_IMAGE_TOO_DARK")) {
      out.add("DOC_IMAGE_TOO_DARK");
    }
    if (c.brightness() > limit("DOC_IMAGE_OVEREXPOSED")) {
      out.add("DOC_IMAGE_OVEREXPOSED");
    }
    if (c.cornersVisible() < limit("DOC_CORNERS_CUT_OFF")) {
      out.add("DOC_CORNERS_CUT_OFF");
    }
    if (c.documentCoverage() < limit("DOC_TOO_FAR")) {
      out.add("DOC_TOO_FAR");
    }
    return out;
  }

  /** The face reasons this report's own metrics cross (backlight counts as FACE_BACKLIT). */
  static Set<String> crossed(FaceMetricsReport r) {
    Set<String> out = new TreeSet<>();
    if (r.brightness() < limit("FACE_TOO_DARK")) {
      out.add("FACE_TOO_DARK");
    }
    if (r.brightness() > limit("FACE_TOO_BRIGHT")) {
      out.add("FACE_TOO_BRIGHT");
    }
    if (r.sharpness() < limit("FACE_BLURRY")) {
      out.add("FACE_BLURRY");
    }
    if (r.backlit()) {
      out.add("FACE_BACKLIT");
    }
    return out;
  }

  private static JsonNode load() {
    try (InputStream in = DefaultLimits.class.getResourceAsStream("/kyc-rules/policy.json")) {
      if (in == null) {
        throw new IllegalStateException("kyc-rules/policy.json is not on the test classpath");
      }
      return new ObjectMapper().readTree(in).get("limits");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
