package dev.kycrules.testkit;

import static dev.kycrules.testkit.KycAssertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.Occlusion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one-call variation, on every clean document type, produces exactly its code through the
 * real engine. Fixtures never share an account or (outside the national ID) a number, so one
 * engine serves a whole document type; the national ID gets a fresh engine per case because its
 * specimen number is shared.
 */
class VariationsTest {
  static KycTestEngine shared;

  @BeforeAll
  static void start() {
    shared = KycTestEngine.create();
  }

  @AfterAll
  static void stop() {
    shared.close();
  }

  record Variation(String name, UnaryOperator<AttemptBuilder> change, String code, Outcome outcome) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Variation> variations() {
    List<Variation> v = new ArrayList<>();
    v.add(new Variation("blurry", AttemptBuilder::blurry, "DOC_IMAGE_BLURRY", Outcome.RETRY));
    v.add(new Variation("glare", AttemptBuilder::glare, "DOC_IMAGE_GLARE", Outcome.RETRY));
    v.add(new Variation("tooDark", AttemptBuilder::tooDark, "DOC_IMAGE_TOO_DARK", Outcome.RETRY));
    v.add(new Variation("overexposed", AttemptBuilder::overexposed, "DOC_IMAGE_OVEREXPOSED", Outcome.RETRY));
    v.add(new Variation("cornersCutOff", AttemptBuilder::cornersCutOff, "DOC_CORNERS_CUT_OFF", Outcome.RETRY));
    v.add(new Variation("tooFar", AttemptBuilder::tooFar, "DOC_TOO_FAR", Outcome.RETRY));
    v.add(new Variation("screenRecapture", AttemptBuilder::screenRecapture, "DOC_SCREEN_RECAPTURE", Outcome.RETRY));
    v.add(new Variation("paperCopy", AttemptBuilder::paperCopy, "DOC_PAPER_COPY", Outcome.RETRY));
    v.add(new Variation("nameTypo", AttemptBuilder::nameTypo, "DATA_NAME_MISMATCH", Outcome.RETRY));
    v.add(new Variation("dobMismatch", AttemptBuilder::dobMismatch, "DATA_DOB_MISMATCH", Outcome.RETRY));
    v.add(new Variation("dobDayMonthSwapped", AttemptBuilder::dobDayMonthSwapped, "DATA_DOB_DAY_MONTH_SWAPPED", Outcome.RETRY));
    v.add(new Variation("wrongIssuingCountry", AttemptBuilder::wrongIssuingCountry, "DATA_ISSUING_COUNTRY_MISMATCH", Outcome.RETRY));
    v.add(new Variation("wrongDocumentType", AttemptBuilder::wrongDocumentType, "DATA_DOC_TYPE_MISMATCH", Outcome.RETRY));
    v.add(new Variation("numberTypo", AttemptBuilder::numberTypo, "DATA_DOC_NUMBER_MISMATCH", Outcome.RETRY));
    v.add(new Variation("invalidNumber", AttemptBuilder::invalidNumber, "DATA_DOC_NUMBER_INVALID", Outcome.RETRY));
    v.add(new Variation("noFace", AttemptBuilder::noFace, "FACE_NOT_DETECTED", Outcome.RETRY));
    v.add(new Variation("faceTooDark", AttemptBuilder::faceTooDark, "FACE_TOO_DARK", Outcome.RETRY));
    v.add(new Variation("faceTooBright", AttemptBuilder::faceTooBright, "FACE_TOO_BRIGHT", Outcome.RETRY));
    v.add(new Variation("backlit", AttemptBuilder::backlit, "FACE_BACKLIT", Outcome.RETRY));
    v.add(new Variation("faceBlurry", AttemptBuilder::faceBlurry, "FACE_BLURRY", Outcome.RETRY));
    v.add(new Variation("faceCovered", b -> b.faceCovered(), "FACE_OBSTRUCTED", Outcome.RETRY));
    v.add(new Variation("faceCovered(SUNGLASSES, HAT)", b -> b.faceCovered(Occlusion.SUNGLASSES, Occlusion.HAT),
        "FACE_OBSTRUCTED", Outcome.RETRY));
    v.add(new Variation("faceInconclusive", AttemptBuilder::faceInconclusive, "FACE_MATCH_INCONCLUSIVE", Outcome.RETRY));
    v.add(new Variation("faceMismatch", AttemptBuilder::faceMismatch, "FACE_MISMATCH", Outcome.REVIEW));
    v.add(new Variation("livenessFailed", AttemptBuilder::livenessFailed, "LIVENESS_FAILED", Outcome.RETRY));
    v.add(new Variation("expired", AttemptBuilder::expired, "DOC_EXPIRED", Outcome.RETRY));
    v.add(new Variation("temporaryId", AttemptBuilder::temporaryId, "DOCTYPE_TEMPORARY_ID", Outcome.RETRY));
    v.add(new Variation("militaryId", AttemptBuilder::militaryId, "DOCTYPE_MILITARY_ID", Outcome.RETRY));
    v.add(new Variation("unsupportedType", AttemptBuilder::unsupportedType, "DOCTYPE_NOT_ACCEPTED", Outcome.RETRY));
    return v;
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (DocumentType type : List.of(DocumentType.PASSPORT, DocumentType.NATIONAL_ID, DocumentType.DRIVING_LICENCE,
        DocumentType.RESIDENCE_PERMIT)) {
      for (Variation v : variations()) {
        if (type == DocumentType.NATIONAL_ID && v.name().equals("dobDayMonthSwapped")) {
          continue; // the specimen is born on 31 December: no swapped form (see swapIsRefusedWhenImpossible)
        }
        out.add(Arguments.of(type, v));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void variationRaisesExactlyItsCode(DocumentType type, Variation v) {
    Decision d = decide(type, v.change().apply(KycFixtures.of(type)));
    assertThat(d).hasOutcome(v.outcome()).hasOnlyReasons(v.code()).hasNoWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DocumentType.class, names = {"PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "RESIDENCE_PERMIT"})
  void cleanIsApproved(DocumentType type) {
    assertThat(decide(type, KycFixtures.of(type))).isApproved().hasNoReasons().hasNoWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DocumentType.class, names = {"PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "RESIDENCE_PERMIT"})
  void expiresSoonIsAWarningOnly(DocumentType type) {
    assertThat(decide(type, KycFixtures.of(type).expiresSoon())).isApproved().hasNoReasons().hasWarning("DOC_EXPIRES_SOON");
  }

  static Decision decide(DocumentType type, AttemptBuilder b) {
    if (type != DocumentType.NATIONAL_ID) {
      return shared.evaluate(b);
    }
    try (KycTestEngine fresh = KycTestEngine.create()) {
      return fresh.evaluate(b);
    }
  }
}
