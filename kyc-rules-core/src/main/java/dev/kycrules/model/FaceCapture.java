package dev.kycrules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Numbers the host measured on the selfie. When {@code faceDetected} is true, {@code brightness},
 * {@code sharpness} and {@code similarity} are required; when it is false they may be left out.
 * {@code backlit} defaults to false and {@code occlusions} to none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaceCapture(
    Boolean faceDetected,
    Double brightness,
    Boolean backlit,
    Double sharpness,
    List<Occlusion> occlusions,
    Double similarity,
    Liveness liveness) {

  public FaceCapture {
    Checks.required(faceDetected, "faceDetected");
    boolean need = faceDetected;
    Checks.unit(brightness, "brightness", need);
    Checks.unit(sharpness, "sharpness", need);
    Checks.unit(similarity, "similarity", need);
    backlit = backlit != null && backlit;
    if (occlusions == null) {
      occlusions = List.of();
    } else {
      for (int i = 0; i < occlusions.size(); i++) {
        if (occlusions.get(i) == null) {
          throw new InvalidAttemptException("occlusions[" + i + "]", "must not be null");
        }
      }
      occlusions = occlusions.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(occlusions));
    }
    Checks.required(liveness, "liveness");
  }

  /** The occlusions that count as faults: everything except ordinary glasses. */
  public Set<Occlusion> obstructions() {
    EnumSet<Occlusion> set = EnumSet.noneOf(Occlusion.class);
    set.addAll(occlusions);
    set.remove(Occlusion.GLASSES);
    return set;
  }

  /** True when the person wore ordinary glasses; used to tailor remediation. */
  public boolean wearsGlasses() {
    return occlusions.contains(Occlusion.GLASSES);
  }
}
