package dev.kycrules.examples.images;

import dev.kycrules.model.DocumentCapture;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document metrics of one picture, with the provenance of each metric (keyed by the
 * {@link DocumentCapture} component name) and the outline used for the geometry, which is null
 * when no document was found.
 */
public record MetricsReport(DocumentCapture capture, Map<String, Provenance> provenance, Quad outline) {
  static final List<String> METRICS =
      List.of("sharpness", "glare", "brightness", "cornersVisible", "documentCoverage");

  public MetricsReport {
    if (capture == null) {
      throw new IllegalArgumentException("capture is required");
    }
    if (provenance == null || !provenance.keySet().containsAll(METRICS)) {
      throw new IllegalArgumentException("provenance must cover " + METRICS);
    }
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }
}
