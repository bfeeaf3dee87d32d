package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** The matcher skips ICU's Latin-ASCII step for ASCII text; that is only right if the step is a no-op there. */
  @Property(tries = 500)
  void latinAsciiLeavesAsciiAlone(@ForAll @net.jqwik.api.constraints.CharRange(from = 0, to = 127) String s) {
    assertThat(IcuNameMatcher.isAscii(s)).isTrue();
    assertThat(Transliterator.getInstance("Latin-ASCII").transliterate(s)).isEqualTo(s);
  }

  @Provide
  Arbitrary<String> lowerLatinText() {
    Arbitrary<Character> letters = Arbitraries.oneOf(
        Arbitraries.chars().range('a', 'z'), Arbitraries.of(' ', '-', '\''),
        Arbitraries.chars().range('\u00C0', '\u024F'), Arbitraries.chars().range('\u1E00', '\u1EFF'));
    return letters.list().ofMinSize(1).ofMaxSize(24)
        .map(l -> l.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()))
        .map(t -> com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(t));
  }

  /** The per-letter cache gives what ICU gives on the whole string, wherever it is used. */
  @Property(tries = 2000)
  void perLetterLatinAsciiEqualsIcuOnTheWholeString(@ForAll("lowerLatinText") String s) {
    String icu = Transliterator.getInstance("Latin-ASCII").transliterate(s);
    assertThat(IcuNameMatcher.ascii(s)).as("%s (per letter: %s)", s, IcuNameMatcher.perLetter(s)).isEqualTo(icu);
  }

  /** Shared ICU transliterators without a lock: threads deciding at once get what one thread gets. */
  @Property(tries = 5)
  void concurrentComparisonsAgreeWithSequentialOnes(@ForAll("names") String a, @ForAll("names") String b)
      throws Exception {
    IcuNameMatcher fresh = new IcuNameMatcher();
    List<String> pairs = List.of(a, b, "张伟", "Zhang Wei", "Юлия Иванова", "Yuliya Ivanova", "Müller", "Mueller");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < 50; i++) {
            for (int k = 0; k + 1 < pairs.size(); k += 2) {
              out.append(fresh.compare(pairs.get(k), pairs.get(k + 1), "CN")).append('\n');
            }
          }
          return out.toString();
        }));
      }
      String first = runs.get(0).get();
      for (Future<String> f : runs) {
        assertThat(f.get()).isEqualTo(first);
      }
      StringBuilder seq = new StringBuilder();
      for (int i = 0; i < 50; i++) {
        for (int k = 0; k + 1 < pairs.size(); k += 2) {
          seq.append(MATCHER.compare(pairs.get(k), pairs.get(k + 1), "CN")).append('\n');
        }
      }
      assertThat(first).isEqualTo(seq.toString());
    } finally {
      pool.shutdownNow();
    }
  }
}
