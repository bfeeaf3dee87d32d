package dev.kycrules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  static Reason r(Disposition d) {
    return new Reason("X_" + d.name(), Category.PHOTO_QUALITY, d, Evidence.none(), "rule", null, null);
  }

  @Test
  void strongestDispositionWins() {
    assertThat(Decision.outcomeOf(List.of())).isEqualTo(Outcome.APPROVED);
    assertThat(Decision.outcomeOf(List.of(r(Disposition.RETRYABLE)))).isEqualTo(Outcome.RETRY);
    assertThat(Decision.outcomeOf(List.of(r(Disposition.RETRYABLE), r(Disposition.COOLDOWN)))).isEqualTo(Outcome.THROTTLED);
    assertThat(Decision.outcomeOf(List.of(r(Disposition.COOLDOWN), r(Disposition.MANUAL_REVIEW)))).isEqualTo(Outcome.REVIEW);
    assertThat(Decision.outcomeOf(List.of(r(Disposition.MANUAL_REVIEW), r(Disposition.FINAL)))).isEqualTo(Outcome.REJECTED);
    assertThat(Decision.outcomeOf(List.of(r(Disposition.WARNING)))).isEqualTo(Outcome.APPROVED);
  }

  @Property
  void addingAReasonNeverImprovesTheOutcome(@ForAll List<Disposition> base, @ForAll Disposition extra) {
    List<Reason> reasons = new ArrayList<>(base.stream().map(OutcomeTest::r).toList());
    Outcome before = Decision.outcomeOf(reasons);
    reasons.add(r(extra));
    Outcome after = Decision.outcomeOf(reasons);
    if (before != Outcome.APPROVED && extra != Disposition.WARNING) {
      assertThat(after).isNotEqualTo(Outcome.APPROVED);
    }
    if (extra == Disposition.WARNING) {
      assertThat(after).isEqualTo(before);
    }
  }
}
