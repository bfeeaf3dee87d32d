package dev.kycrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void parsesTheThreeForms() {
    assertThat(PartialDate.parse("1990-03-07").complete()).isTrue();
    assertThat(PartialDate.parse("1990-03").day()).isNull();
    assertThat(PartialDate.parse("1990").month()).isNull();
  }

  @Test
  void comparesOnlyKnownParts() {
    assertThat(PartialDate.parse("1990-03").agreesWith(LocalDate.of(1990, 3, 28))).isTrue();
    assertThat(PartialDate.parse("1990").agreesWith(LocalDate.of(1990, 12, 1))).isTrue();
    assertThat(PartialDate.parse("1990-03").agreesWith(LocalDate.of(1990, 4, 1))).isFalse();
  }

  @Test
  void rejectsImpossibleDates() {
    assertThatThrownBy(() -> PartialDate.parse("1990-02-30")).hasMessageContaining("not a calendar date");
    assertThatThrownBy(() -> PartialDate.parse("1990-13")).hasMessageContaining("month 13");
    assertThatThrownBy(() -> PartialDate.parse("07/03/1990")).hasMessageContaining("YYYY-MM-DD");
  }

  @Property
  void textRoundTrips(@ForAll @IntRange(min = -25_000, max = 47_000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    PartialDate p = PartialDate.of(d);
    assertThat(PartialDate.parse(p.toString())).isEqualTo(p);
    assertThat(p.toLocalDate()).isEqualTo(d);
  }
}
