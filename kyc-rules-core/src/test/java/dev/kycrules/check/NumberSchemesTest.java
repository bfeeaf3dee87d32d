package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.model.DocumentType;
import dev.kycrules.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published specimen and textbook numbers only. */
class NumberSchemesTest {
  private final NumberSchemes schemes = NumberSchemes.defaults();

  private NumberCheck check(String country, DocumentType type, String raw) {
    NumberScheme s = schemes.forDocument(country, type);
    return s.check(s.normalise(raw), null);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "CN, NATIONAL_ID, 11010519491231002X, CN_RIC",
      "CN, NATIONAL_ID, 110105 19491231 002x, CN_RIC",
      "CN, NATIONAL_ID, 110105491231002, CN_RIC",
      "HK, NATIONAL_ID, A123456(3), HK_HKID",
      "HK, NATIONAL_ID, AB987654(3), HK_HKID",
      "HK, NATIONAL_ID, E364912(5), HK_HKID",
      "TW, NATIONAL_ID, A123456789, TW_NID",
      "SG, NATIONAL_ID, S1234567D, SG_NRIC",
      "SG, NATIONAL_ID, T1234567J, SG_NRIC",
      "SG, RESIDENCE_PERMIT, G5872776N, SG_FIN",
      "SG, RESIDENCE_PERMIT, F1234567N, SG_FIN",
      "SG, RESIDENCE_PERMIT, M1234567K, SG_FIN",
      "BR, NATIONAL_ID, 111.444.777-35, BR_CPF",
      "ES, NATIONAL_ID, 12345678Z, ES_DNI",
      "ES, NATIONAL_ID, 12345678-z, ES_DNI",
  })
  void acceptsPublishedExamples(String country, DocumentType type, String number, String scheme) {
    NumberCheck c = check(country, type, number);
    assertThat(c.valid()).as(c.problem()).isTrue();
    assertThat(c.scheme()).isEqualTo(scheme);
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource(delimiter = ';', value = {
      "CN; NATIONAL_ID; 11010519491231002; must have 18 characters (15 in the legacy form), has 17",
      "CN; NATIONAL_ID; 110105194912310021; check character does not match the first 17 digits",
      "CN; NATIONAL_ID; 110105491331002; characters 7-12 are not a calendar date",
      "HK; NATIONAL_ID; A123456(4); check character does not match",
      "TW; NATIONAL_ID; A123456788; check digit does not match",
      "TW; NATIONAL_ID; A323456789; character 2 must be 1, 2, 8, 9 or A-D",
      "SG; NATIONAL_ID; G5872776N; character 1 must be one of S, T",
      "SG; NATIONAL_ID; S1234567A; check letter does not match",
      "IN; NATIONAL_ID; 2363; must have 12 digits, has 4 characters",
      "BR; NATIONAL_ID; 111.111.111-11; a single repeated digit is not an issued number",
      "BR; NATIONAL_ID; 111.444.777-36; second check digit does not match",
      "ES; NATIONAL_ID; 12345678A; control letter does not match",
      "ES; RESIDENCE_PERMIT; 12345678Z; character 1 must be X, Y or Z",
  })
  void namesWhatFailedWithoutTheNumber(String country, DocumentType type, String number, String problem) {
    NumberCheck c = check(country, type, number);
    assertThat(c.valid()).isFalse();
    assertThat(c.problem()).isEqualTo(problem);
    assertThat(c.problem()).doesNotContain(DocumentNumbers.normalise(number));
  }

  @Test
  void chineseIdComparesEmbeddedBirthDate() {
    ChineseResidentId s = new ChineseResidentId();
    assertThat(s.check("11010519491231002X", PartialDate.parse("1949-12")).valid()).isTrue();
    assertThat(s.check("11010519491231002X", PartialDate.parse("1950-12-31")).problem())
        .isEqualTo("the birth date inside the number differs from the document's date of birth");
  }

  @Test
  void verhoeffMatchesTheTextbookExample() {
    assertThat(Aadhaar.verhoeffDigit("236")).isEqualTo('3');
    assertThat(Aadhaar.verhoeffValid("2363")).isTrue();
    assertThat(Aadhaar.verhoeffValid("2336")).isFalse();
  }

  @Test
  void spainNieUsesPrefixValue() {
    String body = "X1234567";
    char letter = SpainId.controlLetter(body);
    assertThat(SpainId.nie().check(body + letter, null).valid()).isTrue();
    assertThat(SpainId.controlLetter("01234567")).isEqualTo(letter);
  }

  @Test
  void documentedBlindSpotsAreReal() {
    String hk = "A123456" + HongKongId.checkCharacter("A123456");
    assertThat(new HongKongId().check("L" + hk.substring(1), null).valid()).isTrue();
    assertThat(new TaiwanId().check("M123456789", null).valid()).isTrue(); // A and M share a value
  }

  @Test
  void unknownCombinationFallsBackToGenericScheme() {
    assertThat(schemes.forDocument("FR", DocumentType.PASSPORT).id()).isEqualTo("GENERIC");
  }

  @Test
  void numberComparisonNamesClassicConfusions() {
    assertThat(NumberComparison.of("AB12345", "ab 12345")).isEqualTo(new NumberComparison(true, 0, null));
    assertThat(NumberComparison.of("L898902C3", "L8989O2C3"))
        .isEqualTo(new NumberComparison(false, 6, "O/0 at position 6"));
    assertThat(NumberComparison.of("X1234567", "X1243567"))
        .isEqualTo(new NumberComparison(false, 4, "transposed characters at positions 4-5"));
    assertThat(NumberComparison.of("S1234567", "S1234667"))
        .isEqualTo(new NumberComparison(false, 6, null));
    assertThat(NumberComparison.of("B1234567", "81234567").confusion()).isEqualTo("B/8 at position 1");
    assertThat(NumberComparison.of("Z1234567", "21234568").confusion()).isNull();
    assertThat(NumberComparison.of("123", "1234")).isEqualTo(new NumberComparison(false, 4, null));
  }
}
