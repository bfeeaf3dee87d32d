package dev.kycrules.examples.images;

import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.Occlusion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the face crop alone tells: brightness and sharpness (0..1), whether the face is backlit,
 * and the provenance of each, keyed "brightness", "backlit" and "sharpness". Similarity, liveness
 * and occlusions come from the host's own models; {@link #toCapture} joins them.
 */
public record FaceMetricsReport(double brightness, boolean backlit, double sharpness,
    Map<String, Provenance> provenance) {
  static final List<String> METRICS = List.of("brightness", "backlit", "sharpness");

  public FaceMetricsReport {
    if (!(brightness >= 0 && brightness <= 1) || !(sharpness >= 0 && sharpness <= 1)) {
      throw new IllegalArgumentException("brightness and sharpness must be within 0..1");
    }
    if (provenance == null || !provenance.keySet().containsAll(METRICS)) {
      throw new IllegalArgumentException("provenance must cover " + METRICS);
    }
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /** The fact the rules consume, for a detected face; the model validates the other inputs. */
  public FaceCapture toCapture(double similarity, Liveness liveness, List<Occlusion> occlusions) {
    return new FaceCapture(true, brightness, backlit, sharpness, occlusions, similarity, liveness);
  }
}
