package dev.kycrules.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Numbers the host measured on the document photo. Metrics are 0..1 except {@code cornersVisible}
 * (0..4). {@code screenRecapture}, {@code paperCopy} and {@code camera} are optional; the checks
 * that need a missing value do not run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentCapture(
    Double sharpness,
    Double glare,
    Double brightness,
    Integer cornersVisible,
    Double documentCoverage,
    Double screenRecapture,
    Double paperCopy,
    Camera camera) {

  public DocumentCapture {
    Checks.unit(sharpness, "sharpness", true);
    Checks.unit(glare, "glare", true);
    Checks.unit(brightness, "brightness", true);
    Checks.required(cornersVisible, "cornersVisible");
    if (cornersVisible < 0 || cornersVisible > 4) {
      throw new InvalidAttemptException("cornersVisible", "must be between 0 and 4, was " + cornersVisible);
    }
    Checks.unit(documentCoverage, "documentCoverage", true);
    Checks.unit(screenRecapture, "screenRecapture", false);
    Checks.unit(paperCopy, "paperCopy", false);
  }
}
