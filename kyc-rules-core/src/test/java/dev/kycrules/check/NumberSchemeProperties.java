package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated numbers only: a random body plus its computed check characters. Every single-character
 * substitution over the scheme's alphabet must be rejected unless it is one of the blind spots the
 * scheme documents.
 */
class NumberSchemeProperties {
  private static final String DIGITS = "0123456789";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALNUM = DIGITS + LETTERS;

  /** A scheme, a valid generated number, and the scheme's documented blind spot. */
  record Case(NumberScheme scheme, String number, BlindSpot blind) { }

  interface BlindSpot {
    /** True when changing 0-based position i from a to b is documented as undetectable. */
    boolean test(int i, char a, char b);
  }

  static final BlindSpot NONE = (i, a, b) -> false;

  private static Arbitrary<String> digits(int n) {
    return Arbitraries.strings().withChars(DIGITS).ofLength(n);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Case> cn = Combinators.combine(digits(6), Arbitraries.integers().between(0, 40000), digits(3))
        .as((addr, days, seq) -> {
          String body = addr + java.time.LocalDate.of(1930, 1, 1).plusDays(days).toString().replace("-", "") + seq;
          return new Case(new ChineseResidentId(), body + ChineseResidentId.checkCharacter(body), NONE);
        });
    Arbitrary<Case> hk = Combinators.combine(Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(2), digits(6))
        .as((p, d) -> new Case(new HongKongId(), p + d + HongKongId.checkCharacter(p + d),
            (i, a, b) -> HongKongId.lettersCollide(a, b)));
    Arbitrary<Case> tw = Combinators.combine(Arbitraries.chars().with(LETTERS), Arbitraries.chars().with("1289ABCD"), digits(7))
        .as((l, s, d) -> {
          String body = "" + l + s + d;
          return new Case(new TaiwanId(), body + TaiwanId.checkDigit(body), NumberSchemeProperties::taiwanBlind);
        });
    Arbitrary<Case> sg = Combinators.combine(Arbitraries.chars().with("STFGM"), digits(7))
        .as((p, d) -> {
          String body = p + d;
          NumberScheme s = "ST".indexOf(p) >= 0 ? SingaporeId.nric() : SingaporeId.fin();
          return new Case(s, body + SingaporeId.checkLetter(body), NONE);
        });
    Arbitrary<Case> in = Combinators.combine(Arbitraries.chars().with("23456789"), digits(10))
        .as((f, d) -> new Case(new Aadhaar(), f + d + Aadhaar.verhoeffDigit(f + d), NONE));
    Arbitrary<Case> br = digits(9).filter(d -> d.chars().distinct().count() > 1).map(d -> {
      String ten = d + BrazilCpf.checkDigit(d);
      return new Case(new BrazilCpf(), ten + BrazilCpf.checkDigit(ten),
          (i, a, b) -> Character.isDigit(b) && (i == 0 && Math.abs(a - b) == 1 || i == 5 && Math.abs(a - b) == 2));
    });
    Arbitrary<Case> es = Combinators.combine(Arbitraries.chars().with("0123456789XYZ"), digits(7))
        .as((p, d) -> {
          String body = p + d;
          NumberScheme s = Character.isDigit(p) ? SpainId.dni() : SpainId.nie();
          return new Case(s, body + SpainId.controlLetter(body), NONE);
        });
    return Arbitraries.oneOf(cn, hk, tw, sg, in, br, es);
  }

  static boolean taiwanBlind(int i, char a, char b) {
    if (i == 0) {
      return Character.isLetter(b) && TaiwanId.letterValue(a) % 10 == TaiwanId.letterValue(b) % 10;
    }
    if (i == 1) {
      return "1289ABCD".indexOf(b) >= 0 && Math.abs(TaiwanId.secondValue(a) - TaiwanId.secondValue(b)) % 5 == 0;
    }
    if (!Character.isDigit(b)) {
      return false;
    }
    int delta = Math.abs(a - b);
    int position = i + 1;
    return switch (position) {
      case 4, 6, 8 -> delta == 5;
      case 5 -> delta % 2 == 0;
      default -> false;
    };
  }

  @Property(tries = 300)
  void generatedNumbersAreValid(@ForAll("cases") Case c) {
    NumberCheck r = c.scheme().check(c.number(), null);
    assertThat(r.valid()).as(c.scheme().id() + ": " + r.problem()).isTrue();
  }

  @Property(tries = 200)
  void everySubstitutionOutsideBlindSpotsIsDetected(@ForAll("cases") Case c) {
    String n = c.number();
    for (int i = 0; i < n.length(); i++) {
      for (char x : ALNUM.toCharArray()) {
        if (x == n.charAt(i)) {
          continue;
        }
        String m = n.substring(0, i) + x + n.substring(i + 1);
        if (c.scheme().check(m, null).valid()) {
          assertThat(c.blind().test(i, n.charAt(i), x))
              .as("%s: undetected change at position %d", c.scheme().id(), i + 1).isTrue();
        }
      }
    }
  }

  @Property(tries = 200)
  void normalisationIsIdempotentAndFormatBlind(@ForAll("cases") Case c, @ForAll("formatting") Function<String, String> f) {
    String once = c.scheme().normalise(f.apply(c.number()));
    assertThat(once).isEqualTo(c.number());
    assertThat(c.scheme().normalise(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<Function<String, String>> formatting() {
    List<Function<String, String>> fs = List.of(
        s -> s,
        s -> s.toLowerCase(java.util.Locale.ROOT),
        s -> " " + s.substring(0, 3) + "-" + s.substring(3) + " ",
        s -> s.substring(0, s.length() - 1) + "(" + s.charAt(s.length() - 1) + ")",
        NumberSchemeProperties::fullWidth,
        s -> s.substring(0, 4) + "." + s.substring(4, 7) + "/" + s.substring(7));
    return Arbitraries.of(fs);
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      b.append((char) (ch - 0x21 + 0xFF01));
    }
    return b.toString();
  }

  @Property(tries = 200)
  void typedNumberWithOneLookAlikeIsNamed(@ForAll("cases") Case c, @ForAll("positions") int p) {
    String n = c.number();
    int i = p % n.length();
    String swapped = switch (n.charAt(i)) {
      case '0' -> "O";
      case '1' -> "I";
      case '5' -> "S";
      case '8' -> "B";
      default -> null;
    };
    if (swapped != null) {
      String typed = n.substring(0, i) + swapped + n.substring(i + 1);
      NumberComparison cmp = NumberComparison.of(typed, n);
      assertThat(cmp.firstDifference()).isEqualTo(i + 1);
      assertThat(cmp.confusion()).endsWith("at position " + (i + 1));
    }
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 100);
  }
}
