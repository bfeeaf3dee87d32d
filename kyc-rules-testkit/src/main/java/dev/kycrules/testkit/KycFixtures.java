package dev.kycrules.testkit;

import dev.kycrules.model.DocumentType;

/**
 * Clean attempts for each accepted document type, to vary with one call per failure cause:
 * {@code KycFixtures.passport().blurry().glare().build()}. Every builder starts on a new account
 * with its own document number, so fixtures never collide unless a test asks for it
 * ({@link AttemptBuilder#duplicateOf}, {@link AttemptBuilder#forAccount}).
 *
 * <p>The people are invented. The national ID carries the worked example printed in GB 11643-1999
 * ({@value #CN_SPECIMEN_ID}); the other documents carry counters prefixed {@code ZZ}, which follow
 * no issuer's numbering.
 */
public final class KycFixtures {
  /** The GB 11643-1999 worked example: a valid Chinese resident ID number belonging to nobody. */
  public static final String CN_SPECIMEN_ID = "11010519491231002X";

  private KycFixtures() {}

  /** A clean GB passport. */
  public static AttemptBuilder passport() {
    return AttemptBuilder.start(DocumentKind.PASSPORT);
  }

  /**
   * A clean Chinese resident identity card carrying {@link #CN_SPECIMEN_ID}. Every national-ID
   * fixture has this one number: within one engine, approving it for two accounts is a duplicate.
   */
  public static AttemptBuilder nationalId() {
    return AttemptBuilder.start(DocumentKind.NATIONAL_ID);
  }

  /** A clean French driving licence. */
  public static AttemptBuilder drivingLicence() {
    return AttemptBuilder.start(DocumentKind.DRIVING_LICENCE);
  }

  /** A clean German residence permit. */
  public static AttemptBuilder residencePermit() {
    return AttemptBuilder.start(DocumentKind.RESIDENCE_PERMIT);
  }

  /**
   * A clean attempt with a document of {@code type}: one of PASSPORT, NATIONAL_ID, DRIVING_LICENCE
   * or RESIDENCE_PERMIT (for the others start from one of these and call, for example,
   * {@link AttemptBuilder#temporaryId()}).
   */
  public static AttemptBuilder of(DocumentType type) {
    return AttemptBuilder.start(DocumentKind.of(type));
  }
}
