package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.json.KycJson;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties over generated attempts: clean attempts pass, any single fault fails, adding a fault
 * never turns a failing attempt into a pass, and evaluation is deterministic.
 */
@PropertyDefaults(tries = 150)
class DecisionPropertiesTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final AtomicLong SEQ = new AtomicLong();
  private static KycRulesEngine engine;

  @BeforeContainer
  static void start() {
    engine = KycRules.builder().build();
  }

  @AfterContainer
  static void stop() {
    engine.close();
  }

  /** A fault and its name, for readable shrinking. */
  record Fault(String name, UnaryOperator<Attempt> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<Attempt> cleanAttempts() {
    Arbitrary<Double> sharp = Arbitraries.doubles().between(0.6, 1.0);
    Arbitrary<Double> glare = Arbitraries.doubles().between(0.0, 0.07);
    Arbitrary<Double> bright = Arbitraries.doubles().between(0.3, 0.8);
    Arbitrary<Double> cover = Arbitraries.doubles().between(0.35, 1.0);
    Arbitrary<Double> sim = Arbitraries.doubles().between(0.8, 1.0);
    Arbitrary<String> given = Arbitraries.of("Anna", "Maria", "José", "Li", "Wei", "Olga", "Kwame");
    Arbitrary<String> family = Arbitraries.of("Garcia", "Müller", "Smith", "Chen", "Ivanova", "Mensah");
    Arbitrary<Camera> camera = Arbitraries.of(Camera.class);
    return Combinators.combine(sharp, glare, bright, cover, sim, given, family, camera)
        .as((s, g, b, c, si, gn, fn, cam) -> {
          long n = SEQ.incrementAndGet();
          String number = "P" + String.format("%08d", n);
          String account = "acc-prop-" + n;
          LocalDate dob = LocalDate.of(1980, 5, 17);
          return new Attempt("prop-" + n, NOW,
              new Applicant(account, gn + " " + fn, dob, "DE", DocumentType.PASSPORT, number),
              new DocumentData(DocumentType.PASSPORT, "DE", number, fn.toUpperCase() + " " + gn.toUpperCase(),
                  PartialDate.of(dob), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)),
              new DocumentCapture(s, g, b, 4, c, 0.05, 0.05, cam),
              new FaceCapture(true, b, false, s, List.of(), si, Liveness.PASSED));
        });
  }

  static List<Fault> faults() {
    return List.of(
        new Fault("blurry", a -> a.withDocumentCapture(cap(a, 0.2, null, null, null, null))),
        new Fault("glare", a -> a.withDocumentCapture(cap(a, null, 0.4, null, null, null))),
        new Fault("dark", a -> a.withDocumentCapture(cap(a, null, null, 0.1, null, null))),
        new Fault("overexposed", a -> a.withDocumentCapture(cap(a, null, null, 0.95, null, null))),
        new Fault("corners", a -> a.withDocumentCapture(cap(a, null, null, null, 2, null))),
        new Fault("far", a -> a.withDocumentCapture(cap(a, null, null, null, null, 0.1))),
        new Fault("screen", a -> a.withDocumentCapture(new DocumentCapture(a.documentCapture().sharpness(), a.documentCapture().glare(),
            a.documentCapture().brightness(), a.documentCapture().cornersVisible(), a.documentCapture().documentCoverage(), 0.9,
            a.documentCapture().paperCopy(), a.documentCapture().camera()))),
        new Fault("name typo", a -> a.withApplicant(new Applicant(a.accountId(), surnameTypo(a.applicant().fullName()),
            a.applicant().dateOfBirth(), a.applicant().countryOfIssue(), a.applicant().documentType(), a.applicant().documentNumber()))),
        new Fault("dob", a -> a.withApplicant(new Applicant(a.accountId(), a.applicant().fullName(),
            a.applicant().dateOfBirth().plusYears(1), a.applicant().countryOfIssue(), a.applicant().documentType(), a.applicant().documentNumber()))),
        new Fault("country", a -> a.withApplicant(new Applicant(a.accountId(), a.applicant().fullName(),
            a.applicant().dateOfBirth(), "AT", a.applicant().documentType(), a.applicant().documentNumber()))),
        new Fault("number typo", a -> a.withApplicant(new Applicant(a.accountId(), a.applicant().fullName(),
            a.applicant().dateOfBirth(), a.applicant().countryOfIssue(), a.applicant().documentType(), a.applicant().documentNumber() + "9"))),
        new Fault("expired", a -> a.withDocument(new DocumentData(a.document().type(), a.document().countryOfIssue(), a.document().number(),
            a.document().fullName(), a.document().dateOfBirth(), a.document().dateOfIssue(), LocalDate.of(2026, 1, 1)))),
        new Fault("temporary id", a -> a.withDocument(new DocumentData(DocumentType.TEMPORARY_ID, a.document().countryOfIssue(),
            a.document().number(), a.document().fullName(), a.document().dateOfBirth(), a.document().dateOfIssue(), a.document().expiryDate()))),
        new Fault("no face", a -> a.withFaceCapture(new FaceCapture(false, null, false, null, List.of(), null, Liveness.NOT_PERFORMED))),
        new Fault("masked", a -> !a.faceCapture().faceDetected() ? a : a.withFaceCapture(new FaceCapture(true, a.faceCapture().brightness(), false, a.faceCapture().sharpness(),
            List.of(Occlusion.MASK), a.faceCapture().similarity(), a.faceCapture().liveness()))),
        new Fault("face mismatch", a -> !a.faceCapture().faceDetected() ? a : a.withFaceCapture(new FaceCapture(true, a.faceCapture().brightness(), false,
            a.faceCapture().sharpness(), List.of(), 0.3, a.faceCapture().liveness()))),
        new Fault("liveness", a -> !a.faceCapture().faceDetected() ? a : a.withFaceCapture(new FaceCapture(true, a.faceCapture().brightness(), false,
            a.faceCapture().sharpness(), List.of(), a.faceCapture().similarity(), Liveness.FAILED))),
        new Fault("backlit", a -> !a.faceCapture().faceDetected() ? a : a.withFaceCapture(new FaceCapture(true, a.faceCapture().brightness(), true,
            a.faceCapture().sharpness(), List.of(), a.faceCapture().similarity(), a.faceCapture().liveness()))));
  }

  /** Changes the first letter of the family name (the last token): a different name, not a slip. */
  static String surnameTypo(String name) {
    int i = name.lastIndexOf(' ') + 1;
    char c = name.charAt(i) == 'Q' ? 'Z' : 'Q';
    return name.substring(0, i) + c + name.substring(i + 1);
  }

  private static DocumentCapture cap(Attempt a, Double sharp, Double glare, Double bright, Integer corners, Double cover) {
    DocumentCapture c = a.documentCapture();
    return new DocumentCapture(sharp != null ? sharp : c.sharpness(), glare != null ? glare : c.glare(),
        bright != null ? bright : c.brightness(), corners != null ? corners : c.cornersVisible(),
        cover != null ? cover : c.documentCoverage(), c.screenRecapture(), c.paperCopy(), c.camera());
  }

  @Provide
  Arbitrary<Fault> anyFault() {
    return Arbitraries.of(faults());
  }

  @Property
  void cleanAttemptsAreApproved(@ForAll("cleanAttempts") Attempt a) {
    Decision d = engine.evaluate(a);
    assertThat(d.outcome()).as("%s", d.codes()).isEqualTo(Outcome.APPROVED);
  }

  @Property
  void anySingleFaultPreventsApproval(@ForAll("cleanAttempts") Attempt a, @ForAll("anyFault") Fault f) {
    Decision d = engine.evaluate(f.apply().apply(a));
    assertThat(d.outcome()).as("fault %s gave %s", f, d.codes()).isNotEqualTo(Outcome.APPROVED);
    assertThat(d.reasons()).isNotEmpty();
  }

  @Property
  void addingAFaultNeverMakesAFailingAttemptPass(@ForAll("cleanAttempts") Attempt a, @ForAll("anyFault") Fault first,
      @ForAll("anyFault") Fault second) {
    Attempt one = first.apply().apply(a);
    Attempt two = second.apply().apply(one.withAttemptId(one.attemptId() + "-2").withApplicant(
        new Applicant(one.accountId() + "-2", one.applicant().fullName(), one.applicant().dateOfBirth(),
            one.applicant().countryOfIssue(), one.applicant().documentType(), one.applicant().documentNumber())));
    Decision d1 = engine.evaluate(one);
    Decision d2 = engine.evaluate(two);
    assertThat(d1.outcome()).isNotEqualTo(Outcome.APPROVED);
    assertThat(d2.outcome()).as("%s then %s gave %s", first, second, d2.codes()).isNotEqualTo(Outcome.APPROVED);
  }

  @Property(tries = 40)
  void evaluationIsDeterministic(@ForAll("cleanAttempts") Attempt a, @ForAll("anyFault") Fault f) {
    Attempt x = f.apply().apply(a);
    try (KycRulesEngine e1 = KycRules.builder().build(); KycRulesEngine e2 = KycRules.builder().build()) {
      String j1 = KycJson.writeDecision(e1.evaluate(x));
      String j2 = KycJson.writeDecision(e2.evaluate(x));
      assertThat(j2).isEqualTo(j1);
    }
  }

  @Property
  void attemptsRoundTripThroughJson(@ForAll("cleanAttempts") Attempt a, @ForAll("anyFault") Fault f) {
    Attempt x = f.apply().apply(a);
    assertThat(KycJson.readAttempt(KycJson.write(x))).isEqualTo(x);
  }

  @Property(tries = 50)
  void decisionsRoundTripThroughJson(@ForAll("cleanAttempts") Attempt a, @ForAll("anyFault") Fault f) {
    Decision d = engine.evaluate(f.apply().apply(a));
    String json = KycJson.writeDecision(d);
    assertThat(KycJson.writeDecision(KycJson.readDecision(json))).isEqualTo(json);
  }
}
