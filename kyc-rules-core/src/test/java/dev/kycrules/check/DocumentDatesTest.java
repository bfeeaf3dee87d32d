package dev.kycrules.check;

import static dev.kycrules.check.DocumentDates.Incoherence.BORN_AFTER_SUBMISSION;
import static dev.kycrules.check.DocumentDates.Incoherence.EXPIRES_BEFORE_ISSUE;
import static dev.kycrules.check.DocumentDates.Incoherence.ISSUED_AFTER_SUBMISSION;
import static dev.kycrules.check.DocumentDates.Incoherence.ISSUED_BEFORE_BIRTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {
  private static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 25);

  @Test
  void ageIsCountedInWholeYearsAtSubmission() {
    assertThat(DocumentDates.ageInYears(LocalDate.of(2008, 11, 25), SUBMITTED)).isEqualTo(18);
    assertThat(DocumentDates.belowMinimumAge(PartialDate.parse("2008-11-25"), SUBMITTED, 18)).isFalse();
    assertThat(DocumentDates.belowMinimumAge(PartialDate.parse("2008-11-26"), SUBMITTED, 18)).isTrue();
    assertThat(DocumentDates.ageInYears(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo(17);
  }

  @Test
  void partialBirthDateUsesOnlyKnownParts() {
    // Born some time in 2008: could already be 18 on 2026-11-25, so not certainly below.
    assertThat(DocumentDates.belowMinimumAge(PartialDate.ofYear(2008), SUBMITTED, 18)).isFalse();
    assertThat(DocumentDates.belowMinimumAge(PartialDate.parse("2008-12"), SUBMITTED, 18)).isTrue();
    assertThat(DocumentDates.belowMinimumAge(PartialDate.ofYear(2009), SUBMITTED, 18)).isTrue();
  }

  @Test
  void coherentDatesGiveNothing() {
    assertThat(DocumentDates.incoherences(PartialDate.parse("1990-03-07"), LocalDate.of(2020, 1, 1),
        LocalDate.of(2030, 1, 1), SUBMITTED)).isEmpty();
    assertThat(DocumentDates.incoherences(PartialDate.parse("1990-03-07"), null, null, SUBMITTED)).isEmpty();
  }

  @Test
  void eachIncoherenceIsNamed() {
    assertThat(DocumentDates.incoherences(PartialDate.parse("1990-03-07"), LocalDate.of(1989, 1, 1),
        LocalDate.of(1988, 1, 1), SUBMITTED)).containsExactly(ISSUED_BEFORE_BIRTH, EXPIRES_BEFORE_ISSUE);
    assertThat(DocumentDates.incoherences(PartialDate.parse("1990-03-07"), LocalDate.of(2026, 11, 26),
        LocalDate.of(2036, 11, 25), SUBMITTED)).containsExactly(ISSUED_AFTER_SUBMISSION);
    assertThat(DocumentDates.incoherences(PartialDate.ofYear(2027), null, null, SUBMITTED))
        .containsExactly(BORN_AFTER_SUBMISSION);
  }

  @Test
  void issueInTheBirthYearIsNotFlaggedWhenTheBirthDayIsUnknown() {
    assertThat(DocumentDates.incoherences(PartialDate.ofYear(1990), LocalDate.of(1990, 2, 1), null, SUBMITTED))
        .isEmpty();
    assertThat(DocumentDates.incoherences(PartialDate.parse("1990-03"), LocalDate.of(1990, 2, 1), null, SUBMITTED))
        .containsExactly(ISSUED_BEFORE_BIRTH);
  }
}
