package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated names from a small pool of tokens, not people. */
class NameMatcherProperties {
  private static final IcuNameMatcher MATCHER = new IcuNameMatcher();
  private static final List<String> TOKENS = List.of("José", "Müller", "ANNA", "Maria", "Jon", "John", "Zhang",
      "Wei", "Øster", "O'Brien", "Jean-Luc", "Łukasz", "Straße", "Ｊｏｓｅ", "Eriksson", "Ericsson", "张伟",
      "髙橋", "Юлия", "Li", "Lee", "van", "der", "Berg", "Bergh");

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
  }

  @Property(tries = 200)
  void verdictIsSymmetricForEqualTokenCounts(@ForAll("names") String a, @ForAll("names") String b) {
    NameComparison ab = MATCHER.compare(a, b, "DE");
    NameComparison ba = MATCHER.compare(b, a, "DE");
    if (a.split(" ").length == b.split(" ").length) {
      assertThat(ab.verdict()).as("%s / %s", a, b).isEqualTo(ba.verdict());
    }
    if (ab.verdict() == NameVerdict.PARTIAL) {
      assertThat(ba.verdict()).isIn(NameVerdict.MISMATCH, NameVerdict.FUZZY, NameVerdict.INDETERMINATE);
    }
  }

  @Property(tries = 200)
  void aNameMatchesItselfAndItsOwnKeys(@ForAll("names") String a) {
    NameComparison self = MATCHER.compare(a, a, "DE");
    assertThat(self.verdict()).isEqualTo(NameVerdict.MATCH);
    assertThat(MATCHER.compare(a, self.documentKey(), "DE").verdict()).isEqualTo(NameVerdict.MATCH);
  }

  @Property(tries = 200)
  void comparingTheWinningKeysAgainIsAMatch(@ForAll("names") String a, @ForAll("names") String b) {
    NameComparison c = MATCHER.compare(a, b, "DE");
    if (c.verdict() == NameVerdict.MATCH) {
      assertThat(MATCHER.compare(c.typedKey(), c.documentKey(), "DE").verdict()).isEqualTo(NameVerdict.MATCH);
    }
  }
}
