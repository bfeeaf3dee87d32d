package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated MRZ fields: the 7-3-1 check digit round-trips and catches what it can. */
class MrzProperties {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(20);
  }

  @Property(tries = 300)
  void checkDigitRoundTrips(@ForAll("fields") String field) {
    int cd = MrzChecker.checkDigit(field);
    assertThat(cd).isBetween(0, 9);
    assertThat(MrzChecker.checkDigit(field + "<<<")).isEqualTo(cd); // trailing filler counts 0
  }

  @Property(tries = 200)
  void substitutionsAreCaughtUnlessValuesDifferByTen(@ForAll("fields") String field) {
    int cd = MrzChecker.checkDigit(field);
    for (int i = 0; i < field.length(); i++) {
      for (char x : ALPHABET.toCharArray()) {
        if (x == field.charAt(i)) {
          continue;
        }
        String m = field.substring(0, i) + x + field.substring(i + 1);
        boolean blind = Math.abs(value(x) - value(field.charAt(i))) % 10 == 0;
        assertThat(MrzChecker.checkDigit(m) == cd).isEqualTo(blind);
      }
    }
  }

  private static int value(char c) {
    return c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
  }
}
