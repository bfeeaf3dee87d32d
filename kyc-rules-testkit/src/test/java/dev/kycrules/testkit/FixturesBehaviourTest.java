package dev.kycrules.testkit;

import static dev.kycrules.testkit.KycAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.decision.Decision;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.Occlusion;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Combinations, identities, the clock and the extension. */
@KycEngineTest
class FixturesBehaviourTest {

  @Test
  void variationsCombineAndLeaveTheBaseUntouched(KycTestEngine engine) {
    AttemptBuilder base = KycFixtures.passport();
    assertThat(engine.evaluate(base.blurry().glare())).isRetry().hasOnlyReasons("DOC_IMAGE_BLURRY", "DOC_IMAGE_GLARE");
    assertThat(engine.evaluate(base)).isApproved();
  }

  @Test
  void attemptIdsAreUniquePerBuildAndTheAccountStays() {
    AttemptBuilder b = KycFixtures.drivingLicence();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      Attempt a = b.build();
      Assertions.assertThat(ids.add(a.attemptId())).isTrue();
      Assertions.assertThat(a.accountId()).isEqualTo(b.build().accountId());
    }
    Assertions.assertThat(KycFixtures.passport().build().accountId()).isNotEqualTo(KycFixtures.passport().build().accountId());
  }

  @Test
  void theEngineClockStepsSubmissionTimes(KycTestEngine engine, FixedClock clock) {
    Assertions.assertThat(clock).isSameAs(engine.clock());
    AttemptBuilder b = KycFixtures.passport().forAccount("acc-steps");
    engine.evaluate(b);
    engine.evaluate(b);
    Assertions.assertThat(engine.history().recent("acc-steps", FixedClock.START, FixedClock.START.plusSeconds(3600)))
        .extracting(r -> r.decidedAt())
        .containsExactly(FixedClock.START.plus(FixedClock.DEFAULT_STEP), FixedClock.START);
  }

  @Test
  void duplicateOfAnApprovedAttemptIsRejected(KycTestEngine engine) {
    Attempt original = KycFixtures.passport().build();
    assertThat(engine.evaluate(original)).isApproved();
    assertThat(engine.evaluate(KycFixtures.passport().duplicateOf(original))).isRejected()
        .hasOnlyReasons("DUP_DOCUMENT_OTHER_ACCOUNT");
  }

  @Test
  void duplicateOfNeedsAnotherAccount() {
    Attempt original = KycFixtures.passport().forAccount("acc-same").build();
    assertThatThrownBy(() -> KycFixtures.nationalId().forAccount("acc-same").duplicateOf(original))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threeFailuresInARowThrottleUntilTheCooldownEnds(KycTestEngine engine) {
    AttemptBuilder person = KycFixtures.residencePermit().forAccount("acc-throttle");
    engine.evaluate(person.blurry());
    engine.evaluate(person.glare());
    Instant third = engine.clock().instant();
    engine.evaluate(person.tooDark());
    assertThat(engine.evaluate(person)).hasRetryAfter(third.plus(Duration.ofHours(24)))
        .hasOnlyReasons("ATTEMPT_COOLDOWN_ACTIVE");
    engine.clock().advance(Duration.ofHours(25));
    assertThat(engine.evaluate(person)).isApproved();
  }

  @Test
  void glassesAloneAreNoFault(KycTestEngine engine) {
    assertThat(engine.evaluate(KycFixtures.passport().faceCovered(Occlusion.GLASSES))).isApproved();
  }

  @Test
  void frontCameraAloneIsFineAndTurnsBlurAdviceToTheRearCamera(KycTestEngine engine) {
    assertThat(engine.evaluate(KycFixtures.passport().frontCamera())).isApproved();
    Decision d = engine.evaluate(KycFixtures.passport().frontCamera().blurry());
    assertThat(d).isRetry().hasEvidence("DOC_IMAGE_BLURRY", "camera", "FRONT");
    Assertions.assertThat(d.reason("DOC_IMAGE_BLURRY").remediation().get(0)).containsIgnoringCase("rear");
  }

  @Test
  void expiryFollowsTheSubmissionInstant(KycTestEngine engine) {
    Instant later = Instant.parse("2031-02-03T04:05:06Z");
    Attempt a = KycFixtures.drivingLicence().expired().at(later).build();
    Assertions.assertThat(a.submittedAt()).isEqualTo(later);
    Assertions.assertThat(a.document().expiryDate()).hasToString("2031-02-02");
    assertThat(engine.evaluate(a)).isRetry().hasOnlyReasons("DOC_EXPIRED");
  }

  @Test
  void swapIsRefusedWhenImpossible() {
    assertThatThrownBy(() -> KycFixtures.nationalId().dobDayMonthSwapped()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no day-month swapped form");
  }

  @Test
  void failureMessagesShowTheDecision(KycTestEngine engine) {
    Decision d = engine.evaluate(KycFixtures.passport().glare());
    assertThatThrownBy(() -> assertThat(d).isApproved())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected outcome APPROVED")
        .hasMessageContaining("RETRY reasons [DOC_IMAGE_GLARE {metric=glare, value=0.3, threshold=0.1");
    assertThatThrownBy(() -> assertThat(d).hasOnlyReasons("DOC_IMAGE_BLURRY"))
        .hasMessageContaining("DOC_IMAGE_GLARE");
  }
}
