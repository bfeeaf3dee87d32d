package dev.kycrules.drools;

import static dev.kycrules.drools.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.DocumentType;
import dev.kycrules.store.InMemoryAttemptHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules that need history or the registry: throttling, duplicates, and the expiry warning. */
class ThrottlingAndDuplicateTest {

  static Attempt blurryAt(String id, Instant at) {
    Attempt a = clean(id, "acc-t").withSubmittedAt(at);
    return a.withDocumentCapture(dc(a.documentCapture(), "glare", 0.5));
  }

  static Attempt cleanAt(String id, Instant at) {
    return clean(id, "acc-t").withSubmittedAt(at);
  }

  @Test
  void cooldownFiresAfterThreeFailuresInARowWithin24Hours() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      Instant t = NOW;
      for (int i = 0; i < 3; i++) {
        assertThat(e.evaluate(blurryAt("f" + i, t.plus(Duration.ofMinutes(i)))).outcome()).isEqualTo(Outcome.RETRY);
      }
      Decision d = e.evaluate(cleanAt("next", t.plus(Duration.ofHours(23))));
      assertThat(d.outcome()).isEqualTo(Outcome.THROTTLED);
      assertThat(d.codes()).containsExactly("ATTEMPT_COOLDOWN_ACTIVE");
      assertThat(d.retryAfter()).isEqualTo(t.plus(Duration.ofMinutes(2)).plus(Duration.ofHours(24)));
      // the throttled attempt is not counted: after the cooldown a clean attempt passes
      assertThat(e.evaluate(cleanAt("later", t.plus(Duration.ofHours(25)))).outcome()).isEqualTo(Outcome.APPROVED);
    }
  }

  @Test
  void cooldownStaysQuietAfterTwoFailuresOrOnceTheDayHasPassed() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      e.evaluate(blurryAt("f1", NOW));
      e.evaluate(blurryAt("f2", NOW.plusSeconds(60)));
      assertThat(e.evaluate(cleanAt("third", NOW.plusSeconds(120))).outcome()).isEqualTo(Outcome.APPROVED);
    }
    try (KycRulesEngine e = KycRules.builder().build()) {
      for (int i = 0; i < 3; i++) {
        e.evaluate(blurryAt("f" + i, NOW.plusSeconds(60L * i)));
      }
      assertThat(e.evaluate(cleanAt("next", NOW.plus(Duration.ofHours(24)).plusSeconds(121))).codes())
          .doesNotContain("ATTEMPT_COOLDOWN_ACTIVE");
    }
  }

  @Test
  void fiveFailuresInThirtyDaysSendTheAccountToReview() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      for (int i = 0; i < 5; i++) {
        e.evaluate(blurryAt("f" + i, NOW.plus(Duration.ofDays(2L * i))));
      }
      Decision d = e.evaluate(cleanAt("sixth", NOW.plus(Duration.ofDays(10))));
      assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
      assertThat(d.codes()).containsExactly("ATTEMPT_LIMIT_REACHED");
    }
  }

  @Test
  void limitStaysQuietOnceOldFailuresLeaveTheWindow() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      for (int i = 0; i < 5; i++) {
        e.evaluate(blurryAt("f" + i, NOW.plus(Duration.ofDays(2L * i))));
      }
      Decision d = e.evaluate(cleanAt("much-later", NOW.plus(Duration.ofDays(39))));
      assertThat(d.codes()).doesNotContain("ATTEMPT_LIMIT_REACHED");
      assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
    }
  }

  @Test
  void twoFailuresTightenTheLimits() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      Attempt borderline = clean("b0", "acc-t");
      borderline = borderline.withDocumentCapture(dc(borderline.documentCapture(), "sharpness", 0.55));
      assertThat(e.evaluate(borderline).outcome()).isEqualTo(Outcome.APPROVED);
    }
    try (KycRulesEngine e = KycRules.builder().build()) {
      e.evaluate(blurryAt("f1", NOW.minus(Duration.ofDays(3))));
      e.evaluate(blurryAt("f2", NOW.minus(Duration.ofDays(2))));
      Attempt borderline = clean("b1", "acc-t");
      borderline = borderline.withDocumentCapture(dc(borderline.documentCapture(), "sharpness", 0.55));
      Decision d = e.evaluate(borderline);
      assertThat(d.codes()).containsExactly("DOC_IMAGE_BLURRY");
      assertThat(d.reason("DOC_IMAGE_BLURRY").evidence().value("threshold")).isEqualTo(0.6);
    }
  }

  @Test
  void secondFailureWithTheSameDocumentTypeSuggestsAnother() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      e.evaluate(blurryAt("f1", NOW.minus(Duration.ofDays(3))));
      Decision d = e.evaluate(blurryAt("f2", NOW));
      assertThat(d.reasons().get(0).remediation().get(0)).containsIgnoringCase("passport");
    }
  }

  @Test
  void duplicateFiresForAnotherAccountAndStaysQuietForTheOwner() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      assertThat(e.evaluate(clean("a1", "owner")).outcome()).isEqualTo(Outcome.APPROVED);
      assertThat(e.evaluate(clean("a2", "owner")).outcome()).isEqualTo(Outcome.APPROVED);
      Decision other = e.evaluate(clean("a3", "someone-else"));
      assertThat(other.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(other.codes()).containsExactly("DUP_DOCUMENT_OTHER_ACCOUNT");
      assertThat(other.reason("DUP_DOCUMENT_OTHER_ACCOUNT").evidence().toString()).doesNotContain(CN_ID);
      // formatting differences are the same document
      Attempt spaced = clean("a4", "third");
      spaced = spaced.withDocument(docWith(spaced.document(), DocumentType.NATIONAL_ID, "CN", "110105 19491231 002x", spaced.document().expiryDate()));
      assertThat(e.evaluate(spaced).codes()).contains("DUP_DOCUMENT_OTHER_ACCOUNT");
    }
  }

  @Test
  void expirySoonIsAWarningOnly() {
    try (KycRulesEngine e = KycRules.builder().build()) {
      Attempt a = clean();
      Decision soon = e.evaluate(a.withDocument(docWith(a.document(), a.document().type(), "CN", a.document().number(), LocalDate.of(2026, 12, 20))));
      assertThat(soon.outcome()).isEqualTo(Outcome.APPROVED);
      assertThat(soon.warningCodes()).containsExactly("DOC_EXPIRES_SOON");
      Decision later = e.evaluate(a.withAttemptId("x").withDocument(docWith(a.document(), a.document().type(), "CN", a.document().number(), LocalDate.of(2026, 12, 26))));
      assertThat(later.warningCodes()).isEmpty();
    }
  }

  @Test
  void historyIsNotWrittenForThrottledAttempts() {
    InMemoryAttemptHistory h = new InMemoryAttemptHistory();
    try (KycRulesEngine e = KycRules.builder().history(h).build()) {
      for (int i = 0; i < 3; i++) {
        e.evaluate(blurryAt("f" + i, NOW.plusSeconds(i)));
      }
      e.evaluate(cleanAt("throttled", NOW.plusSeconds(10)));
      assertThat(h.recent("acc-t", NOW.minusSeconds(1), NOW.plusSeconds(100))).hasSize(3);
    }
  }
}
