package dev.kycrules.testkit;

import dev.kycrules.model.Applicant;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.Camera;
import dev.kycrules.model.DocumentCapture;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.Occlusion;
import dev.kycrules.model.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An immutable recipe for an {@link Attempt}: each method returns a new builder with one more
 * change, so a base can be shared ({@code var base = passport(); base.blurry(); base.glare();}).
 * Variations combine; when two set the same value (such as {@code tooDark().overexposed()}) the
 * last one wins. Each {@link #build()} gives a new attempt id; the account and document stay those
 * of the builder.
 *
 * <p>Metric values sit well past the shipped policy limits (catalog codes in brackets), so a
 * stricter tier or a slightly changed limit does not turn a fixture quiet.
 */
public final class AttemptBuilder {
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final DocumentKind kind;
  private String accountId;
  private Instant at;
  // what the person typed
  private String typedName;
  private LocalDate typedDateOfBirth;
  private String typedCountry;
  private DocumentType typedType;
  private String typedNumber;
  // what the host read from the document
  private DocumentType documentType;
  private String documentCountry;
  private String documentNumber;
  private String printedName;
  private PartialDate printedDateOfBirth;
  private LocalDate issueDate;
  private LocalDate expiryDate;
  private Expiry expiry = Expiry.VALID;
  // document photo
  private double sharpness = 0.90;
  private double glare = 0.01;
  private double brightness = 0.55;
  private int cornersVisible = 4;
  private double coverage = 0.70;
  private double screenRecapture = 0.02;
  private double paperCopy = 0.02;
  private Camera camera = Camera.REAR;
  // selfie
  private boolean faceDetected = true;
  private double faceBrightness = 0.55;
  private boolean backlit;
  private double faceSharpness = 0.90;
  private List<Occlusion> occlusions = List.of();
  private double similarity = 0.93;
  private Liveness liveness = Liveness.PASSED;

  private enum Expiry { VALID, EXPIRED, EXPIRES_SOON }

  private AttemptBuilder(DocumentKind kind) {
    this.kind = kind;
  }

  static AttemptBuilder start(DocumentKind kind) {
    long n = SEQUENCE.incrementAndGet();
    AttemptBuilder b = new AttemptBuilder(kind);
    b.accountId = "acc-kit-" + n;
    b.typedName = kind.typedName;
    b.typedDateOfBirth = kind.dateOfBirth;
    b.typedCountry = kind.country;
    b.typedType = kind.type;
    b.documentType = kind.type;
    b.documentCountry = kind.country;
    b.documentNumber = kind.number(n);
    b.typedNumber = b.documentNumber;
    b.printedName = kind.printedName;
    b.printedDateOfBirth = PartialDate.of(kind.dateOfBirth);
    return b;
  }

  private AttemptBuilder copy() {
    AttemptBuilder b = new AttemptBuilder(kind);
    b.accountId = accountId;
    b.at = at;
    b.typedName = typedName;
    b.typedDateOfBirth = typedDateOfBirth;
    b.typedCountry = typedCountry;
    b.typedType = typedType;
    b.typedNumber = typedNumber;
    b.documentType = documentType;
    b.documentCountry = documentCountry;
    b.documentNumber = documentNumber;
    b.printedName = printedName;
    b.printedDateOfBirth = printedDateOfBirth;
    b.issueDate = issueDate;
    b.expiryDate = expiryDate;
    b.expiry = expiry;
    b.sharpness = sharpness;
    b.glare = glare;
    b.brightness = brightness;
    b.cornersVisible = cornersVisible;
    b.coverage = coverage;
    b.screenRecapture = screenRecapture;
    b.paperCopy = paperCopy;
    b.camera = camera;
    b.faceDetected = faceDetected;
    b.faceBrightness = faceBrightness;
    b.backlit = backlit;
    b.faceSharpness = faceSharpness;
    b.occlusions = occlusions;
    b.similarity = similarity;
    b.liveness = liveness;
    return b;
  }

  private AttemptBuilder with(Consumer<AttemptBuilder> change) {
    AttemptBuilder b = copy();
    change.accept(b);
    return b;
  }

  // ---- who and when ----

  /** The same attempt on account {@code id}. */
  public AttemptBuilder forAccount(String id) {
    Objects.requireNonNull(id, "id");
    return with(b -> b.accountId = id);
  }

  /** Submitted at {@code instant} (default {@link FixedClock#START}, or the engine's clock). */
  public AttemptBuilder at(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return with(b -> b.at = instant);
  }

  /**
   * The document and personal data of {@code other}, on this builder's account, which must be a
   * different one [DUP_DOCUMENT_OTHER_ACCOUNT once {@code other} has been approved].
   */
  public AttemptBuilder duplicateOf(Attempt other) {
    Objects.requireNonNull(other, "other");
    if (other.accountId().equals(accountId)) {
      throw new IllegalArgumentException("duplicateOf needs another account than the original's");
    }
    DocumentData d = other.document();
    Applicant a = other.applicant();
    return with(b -> {
      b.documentType = d.type();
      b.documentCountry = d.countryOfIssue();
      b.documentNumber = d.number();
      b.printedName = d.fullName();
      b.printedDateOfBirth = d.dateOfBirth();
      b.issueDate = d.dateOfIssue();
      b.expiryDate = d.expiryDate();
      b.expiry = Expiry.VALID;
      b.typedName = a.fullName();
      b.typedDateOfBirth = a.dateOfBirth();
      b.typedCountry = a.countryOfIssue();
      b.typedType = a.documentType();
      b.typedNumber = a.documentNumber();
    });
  }

  // ---- document photo ----

  /** Sharpness 0.20 [DOC_IMAGE_BLURRY]. */
  public AttemptBuilder blurry() {
    return with(b -> b.sharpness = 0.20);
  }

  /** Glare 0.30 [DOC_IMAGE_GLARE]. */
  public AttemptBuilder glare() {
    return with(b -> b.glare = 0.30);
  }

  /** Brightness 0.10 [DOC_IMAGE_TOO_DARK]. */
  public AttemptBuilder tooDark() {
    return with(b -> b.brightness = 0.10);
  }

  /** Brightness 0.95 [DOC_IMAGE_OVEREXPOSED]. */
  public AttemptBuilder overexposed() {
    return with(b -> b.brightness = 0.95);
  }

  /** Two corners visible [DOC_CORNERS_CUT_OFF]. */
  public AttemptBuilder cornersCutOff() {
    return with(b -> b.cornersVisible = 2);
  }

  /** The document fills 15% of the picture [DOC_TOO_FAR]. */
  public AttemptBuilder tooFar() {
    return with(b -> b.coverage = 0.15);
  }

  /** Screen-recapture score 0.90 [DOC_SCREEN_RECAPTURE]. */
  public AttemptBuilder screenRecapture() {
    return with(b -> b.screenRecapture = 0.90);
  }

  /** Paper-copy score 0.90 [DOC_PAPER_COPY]. */
  public AttemptBuilder paperCopy() {
    return with(b -> b.paperCopy = 0.90);
  }

  /** Taken with the selfie camera: no code of its own, but photo-quality advice names the rear camera. */
  public AttemptBuilder frontCamera() {
    return with(b -> b.camera = Camera.FRONT);
  }

  // ---- typed data against the document ----

  /** The typed name has one letter wrong [DATA_NAME_MISMATCH]. */
  public AttemptBuilder nameTypo() {
    return with(b -> b.typedName = kind.typoName);
  }

  /** The typed date of birth is one day off [DATA_DOB_MISMATCH]. */
  public AttemptBuilder dobMismatch() {
    return with(b -> b.typedDateOfBirth = b.typedDateOfBirth.minusDays(1));
  }

  /**
   * The typed date of birth has day and month swapped [DATA_DOB_DAY_MONTH_SWAPPED].
   *
   * @throws IllegalStateException when the date has no swapped form (a day above 12, or day equal
   *     to month), as for the national-ID specimen born on 31 December
   */
  public AttemptBuilder dobDayMonthSwapped() {
    LocalDate d = typedDateOfBirth;
    if (d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()) {
      throw new IllegalStateException("the date of birth " + d.getMonthValue() + "/" + d.getDayOfMonth()
          + " (month/day) has no day-month swapped form; use passport(), drivingLicence() or residencePermit()");
    }
    return with(b -> b.typedDateOfBirth = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()));
  }

  /** The typed issuing country is a neighbour of the document's [DATA_ISSUING_COUNTRY_MISMATCH]. */
  public AttemptBuilder wrongIssuingCountry() {
    return with(b -> b.typedCountry = kind.otherCountry);
  }

  /** The selected document type differs from the document's [DATA_DOC_TYPE_MISMATCH]. */
  public AttemptBuilder wrongDocumentType() {
    return with(b -> b.typedType = b.documentType == DocumentType.PASSPORT ? DocumentType.NATIONAL_ID : DocumentType.PASSPORT);
  }

  /** The typed number has its last character wrong [DATA_DOC_NUMBER_MISMATCH]. */
  public AttemptBuilder numberTypo() {
    return with(b -> {
      String n = b.documentNumber;
      char last = n.charAt(n.length() - 1);
      char wrong = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10) : '1';
      b.typedNumber = n.substring(0, n.length() - 1) + wrong;
    });
  }

  /** The document number fails its scheme; the person typed the same [DATA_DOC_NUMBER_INVALID]. */
  public AttemptBuilder invalidNumber() {
    return with(b -> {
      b.documentNumber = kind.invalidNumber();
      b.typedNumber = b.documentNumber;
    });
  }

  // ---- selfie ----

  /** No face found in the selfie [FACE_NOT_DETECTED]. */
  public AttemptBuilder noFace() {
    return with(b -> b.faceDetected = false);
  }

  /** Face brightness 0.10 [FACE_TOO_DARK]. */
  public AttemptBuilder faceTooDark() {
    return with(b -> b.faceBrightness = 0.10);
  }

  /** Face brightness 0.97 [FACE_TOO_BRIGHT]. */
  public AttemptBuilder faceTooBright() {
    return with(b -> b.faceBrightness = 0.97);
  }

  /** Light behind the person [FACE_BACKLIT]. */
  public AttemptBuilder backlit() {
    return with(b -> b.backlit = true);
  }

  /** Face sharpness 0.20 [FACE_BLURRY]. */
  public AttemptBuilder faceBlurry() {
    return with(b -> b.faceSharpness = 0.20);
  }

  /**
   * The face is partly covered [FACE_OBSTRUCTED, unless only {@link Occlusion#GLASSES}, which is no
   * fault]. Without arguments: a mask.
   */
  public AttemptBuilder faceCovered(Occlusion... by) {
    List<Occlusion> list = by.length == 0 ? List.of(Occlusion.MASK) : List.of(by);
    return with(b -> b.occlusions = list);
  }

  /** Similarity 0.68: between the mismatch and the match limits [FACE_MATCH_INCONCLUSIVE]. */
  public AttemptBuilder faceInconclusive() {
    return with(b -> b.similarity = 0.68);
  }

  /** Similarity 0.30 [FACE_MISMATCH, a manual review]. */
  public AttemptBuilder faceMismatch() {
    return with(b -> b.similarity = 0.30);
  }

  /** The liveness check failed [LIVENESS_FAILED]. */
  public AttemptBuilder livenessFailed() {
    return with(b -> b.liveness = Liveness.FAILED);
  }

  // ---- expiry and document type ----

  /** Expired the day before submission [DOC_EXPIRED]. */
  public AttemptBuilder expired() {
    return with(b -> b.expiry = Expiry.EXPIRED);
  }

  /** Expires ten days after submission [warning DOC_EXPIRES_SOON; still approved]. */
  public AttemptBuilder expiresSoon() {
    return with(b -> b.expiry = Expiry.EXPIRES_SOON);
  }

  /** A temporary ID, selected as such [DOCTYPE_TEMPORARY_ID]. */
  public AttemptBuilder temporaryId() {
    return type(DocumentType.TEMPORARY_ID);
  }

  /** A military ID, selected as such [DOCTYPE_MILITARY_ID]. */
  public AttemptBuilder militaryId() {
    return type(DocumentType.MILITARY_ID);
  }

  /** A document of type OTHER, selected as such [DOCTYPE_NOT_ACCEPTED]. */
  public AttemptBuilder unsupportedType() {
    return type(DocumentType.OTHER);
  }

  private AttemptBuilder type(DocumentType t) {
    return with(b -> {
      b.documentType = t;
      b.typedType = t;
    });
  }

  // ---- building ----

  /** The attempt, with a new attempt id, submitted at {@link #at} or {@link FixedClock#START}. */
  public Attempt build() {
    return build(FixedClock.START);
  }

  /** The attempt submitted at the instant set with {@link #at}, or else at {@code defaultAt}. */
  Attempt build(Instant defaultAt) {
    Instant when = at != null ? at : defaultAt;
    LocalDate today = LocalDate.ofInstant(when, ZoneOffset.UTC);
    LocalDate expires = switch (expiry) {
      case EXPIRED -> today.minusDays(1);
      case EXPIRES_SOON -> today.plusDays(10);
      case VALID -> expiryDate != null ? expiryDate : today.plusYears(7);
    };
    LocalDate issued = issueDate != null && issueDate.isBefore(expires) ? issueDate : expires.minusYears(10);
    String id = "kit-" + kind.slug + "-" + SEQUENCE.incrementAndGet();
    return new Attempt(id, when,
        new Applicant(accountId, typedName, typedDateOfBirth, typedCountry, typedType, typedNumber),
        new DocumentData(documentType, documentCountry, documentNumber, printedName, printedDateOfBirth, issued, expires),
        new DocumentCapture(sharpness, glare, brightness, cornersVisible, coverage, screenRecapture, paperCopy, camera),
        faceDetected
            ? new FaceCapture(true, faceBrightness, backlit, faceSharpness, occlusions, similarity, liveness)
            : new FaceCapture(false, null, false, null, List.of(), null, liveness));
  }

  /** True when {@link #at} was called. */
  boolean hasInstant() {
    return at != null;
  }

  @Override
  public String toString() {
    return "AttemptBuilder[" + kind.slug + ", account " + accountId + "]";
  }
}
