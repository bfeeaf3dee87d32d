package dev.kycrules.drools;

import static dev.kycrules.drools.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.Camera;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.Occlusion;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped rule: one attempt that makes it fire and one, just on the passing side of its
 * limit, that keeps it quiet. Each attempt goes through a fresh engine so no history carries over.
 */
class RuleFiringTest {
  static KycRulesEngine shared;

  @BeforeAll
  static void start() {
    shared = KycRules.builder().build();
  }

  @AfterAll
  static void stop() {
    shared.close();
  }

  static Decision decide(Attempt a) {
    try (KycRulesEngine e = KycRules.builder().build()) {
      return e.evaluate(a);
    }
  }

  static Attempt cap(String metric, Object value) {
    Attempt a = clean();
    return a.withDocumentCapture(dc(a.documentCapture(), metric, value));
  }

  static Attempt face(String metric, Object value) {
    Attempt a = clean();
    return a.withFaceCapture(fc(a.faceCapture(), metric, value));
  }

  static Stream<Arguments> cases() {
    Attempt c = clean();
    return Stream.of(
        Arguments.of("DOC_IMAGE_BLURRY", cap("sharpness", 0.49), cap("sharpness", 0.50)),
        Arguments.of("DOC_IMAGE_GLARE", cap("glare", 0.11), cap("glare", 0.10)),
        Arguments.of("DOC_IMAGE_TOO_DARK", cap("brightness", 0.24), cap("brightness", 0.25)),
        Arguments.of("DOC_IMAGE_OVEREXPOSED", cap("brightness", 0.86), cap("brightness", 0.85)),
        Arguments.of("DOC_CORNERS_CUT_OFF", cap("cornersVisible", 3), cap("cornersVisible", 4)),
        Arguments.of("DOC_TOO_FAR", cap("documentCoverage", 0.29), cap("documentCoverage", 0.30)),
        Arguments.of("DOC_SCREEN_RECAPTURE", cap("screenRecapture", 0.50), cap("screenRecapture", 0.49)),
        Arguments.of("DOC_PAPER_COPY", cap("paperCopy", 0.50), cap("paperCopy", 0.49)),
        Arguments.of("FACE_NOT_DETECTED", face("faceDetected", false), face("faceDetected", true)),
        Arguments.of("FACE_TOO_DARK", face("brightness", 0.24), face("brightness", 0.25)),
        Arguments.of("FACE_TOO_BRIGHT", face("brightness", 0.91), face("brightness", 0.90)),
        Arguments.of("FACE_BACKLIT", face("backlit", true), face("backlit", false)),
        Arguments.of("FACE_BLURRY", face("sharpness", 0.39), face("sharpness", 0.40)),
        Arguments.of("FACE_OBSTRUCTED", face("occlusions", List.of(Occlusion.MASK)), face("occlusions", List.of(Occlusion.GLASSES))),
        Arguments.of("FACE_MATCH_INCONCLUSIVE", face("similarity", 0.74), face("similarity", 0.75)),
        Arguments.of("FACE_MISMATCH", face("similarity", 0.59), face("similarity", 0.60)),
        Arguments.of("LIVENESS_FAILED", face("liveness", Liveness.FAILED), face("liveness", Liveness.NOT_PERFORMED)),
        Arguments.of("DOC_EXPIRED",
            doc(c, d -> docWith(d, d.type(), d.countryOfIssue(), d.number(), LocalDate.of(2026, 11, 24))),
            doc(c, d -> docWith(d, d.type(), d.countryOfIssue(), d.number(), LocalDate.of(2026, 11, 25)))),
        Arguments.of("DOCTYPE_TEMPORARY_ID",
            typed(doc(c, d -> docWith(d, DocumentType.TEMPORARY_ID, "CN", "A1234567", d.expiryDate())), DocumentType.TEMPORARY_ID, "A1234567"),
            c),
        Arguments.of("DOCTYPE_MILITARY_ID",
            typed(doc(c, d -> docWith(d, DocumentType.MILITARY_ID, "CN", "A1234567", d.expiryDate())), DocumentType.MILITARY_ID, "A1234567"),
            c),
        Arguments.of("DOCTYPE_NOT_ACCEPTED",
            typed(doc(c, d -> docWith(d, DocumentType.OTHER, "CN", "A1234567", d.expiryDate())), DocumentType.OTHER, "A1234567"),
            c),
        Arguments.of("DATA_NAME_MISMATCH",
            c.withApplicant(applicant(c.applicant(), "Zhang Wen", c.applicant().dateOfBirth(), "CN", DocumentType.NATIONAL_ID, CN_ID)),
            c.withApplicant(applicant(c.applicant(), "wei  ZHANG", c.applicant().dateOfBirth(), "CN", DocumentType.NATIONAL_ID, CN_ID))),
        Arguments.of("DATA_DOB_MISMATCH",
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", LocalDate.of(1949, 12, 30), "CN", DocumentType.NATIONAL_ID, CN_ID)),
            c),
        Arguments.of("DATA_DOB_DAY_MONTH_SWAPPED",
            swappedDob(),
            c),
        Arguments.of("DATA_ISSUING_COUNTRY_MISMATCH",
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "HK", DocumentType.NATIONAL_ID, CN_ID)),
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "cn", DocumentType.NATIONAL_ID, CN_ID))),
        Arguments.of("DATA_DOC_TYPE_MISMATCH",
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "CN", DocumentType.PASSPORT, CN_ID)),
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "CN", null, CN_ID))),
        Arguments.of("DATA_DOC_NUMBER_MISMATCH",
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "CN", DocumentType.NATIONAL_ID, "110105194912310021")),
            c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "CN", DocumentType.NATIONAL_ID, "110105 19491231 002x"))),
        Arguments.of("DATA_DOC_NUMBER_INVALID",
            doc(c.withApplicant(applicant(c.applicant(), "Zhang Wei", c.applicant().dateOfBirth(), "CN", DocumentType.NATIONAL_ID, null)),
                d -> docWith(d, d.type(), "CN", "110105194912310021", d.expiryDate())),
            doc(c, d -> docWith(d, d.type(), "CN", "１１０１０５１９４９１２３１００２ｘ", d.expiryDate()))));
  }

  static Attempt typed(Attempt a, DocumentType type, String number) {
    return a.withApplicant(applicant(a.applicant(), a.applicant().fullName(), a.applicant().dateOfBirth(),
        a.applicant().countryOfIssue(), type, number));
  }

  static Attempt swappedDob() {
    // a document born on 1990-03-07, typed as 1990-07-03; a generic passport number avoids the ID scheme
    Attempt c = clean();
    Attempt a = doc(c, d -> new dev.kycrules.model.DocumentData(DocumentType.PASSPORT, "CN", "E12345678", d.fullName(),
        dev.kycrules.model.PartialDate.parse("1990-03-07"), d.dateOfIssue(), d.expiryDate()));
    return a.withApplicant(applicant(a.applicant(), "Zhang Wei", LocalDate.of(1990, 7, 3), "CN", DocumentType.PASSPORT, "E12345678"));
  }

  @ParameterizedTest(name = "{0} fires")
  @MethodSource("cases")
  void fires(String code, Attempt firing, Attempt quiet) {
    Decision d = decide(firing);
    assertThat(d.codes().contains(code) || d.warningCodes().contains(code))
        .as("%s expected among %s / warnings %s", code, d.codes(), d.warningCodes()).isTrue();
    assertThat(d.outcome()).isNotEqualTo(Outcome.APPROVED);
  }

  @ParameterizedTest(name = "{0} stays quiet")
  @MethodSource("cases")
  void staysQuiet(String code, Attempt firing, Attempt quiet) {
    Decision d = decide(quiet);
    assertThat(d.codes()).as("reasons of the quiet case for %s", code).doesNotContain(code);
  }

  @Test
  void cleanAttemptIsApproved() {
    Decision d = decide(clean());
    assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(d.reasons()).isEmpty();
    assertThat(d.ruleSetVersion()).startsWith("sha256:");
  }

  @Test
  void blurryFrontCameraPhotoSuggestsTheRearCamera() {
    Attempt a = clean();
    Decision d = decide(a.withDocumentCapture(capture(0.2, 0.01, 0.55, 4, 0.7, 0.02, 0.02, Camera.FRONT)));
    assertThat(d.outcome()).isEqualTo(Outcome.RETRY);
    assertThat(d.reason("DOC_IMAGE_BLURRY").remediation().get(0)).containsIgnoringCase("rear");
    assertThat(d.reason("DOC_IMAGE_BLURRY").evidence().values())
        .containsEntry("metric", "sharpness").containsEntry("value", 0.2).containsEntry("threshold", 0.5);
  }
}
