package dev.kycrules.check;

import java.util.List;
import java.util.Objects;

/**
 * What the machine-readable zone says about the document: its layout, the check digits that failed
 * (field names such as {@code DOCUMENT_NUMBER} or {@code COMPOSITE}), the fields whose MRZ value
 * disagrees with the visual zone (such as {@code DATE_OF_BIRTH} or {@code NAME}; {@code LAYOUT} when
 * the lines fit no format), and whether the document is an ICAO specimen.
 */
public record MrzCheck(MrzFormat format, List<String> checksumFailures, List<String> inconsistentFields,
    boolean specimen) {

  public MrzCheck {
    Objects.requireNonNull(format, "format");
    checksumFailures = List.copyOf(checksumFailures);
    inconsistentFields = List.copyOf(inconsistentFields);
  }

  /** True when every check digit holds and every compared field agrees. */
  public boolean clean() {
    return checksumFailures.isEmpty() && inconsistentFields.isEmpty();
  }
}
