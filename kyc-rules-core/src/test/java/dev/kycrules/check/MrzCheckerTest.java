package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICAO Doc 9303 fictitious specimens (issuing state UTO) and documents built from them. */
class MrzCheckerTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  private static final String TD2_1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
  private static final String TD2_2 = "D231458907UTO7408122F1204159<<<<<<<6";
  private static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
  private static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
  private static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

  private final MrzChecker checker = new MrzChecker();

  private static DocumentData doc(DocumentType type, String country, String number, String name, String dob,
      LocalDate expiry, List<String> mrz) {
    return new DocumentData(type, country, number, name, PartialDate.parse(dob), null, expiry, mrz);
  }

  private static DocumentData specimen(DocumentType type, String number, List<String> mrz) {
    return doc(type, "SE", number, "Anna Maria Eriksson", "1974-08-12", LocalDate.of(2012, 4, 15), mrz);
  }

  @Test
  void checkDigitsOfThePublishedExamples() {
    assertThat(MrzChecker.checkDigit("123456BB")).isEqualTo(5);
    assertThat(MrzChecker.checkDigit("L898902C3")).isEqualTo(6);
    assertThat(MrzChecker.checkDigit("740812")).isEqualTo(2);
    assertThat(MrzChecker.checkDigit("120415")).isEqualTo(9);
    assertThat(MrzChecker.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
    assertThat(MrzChecker.checkDigit("D23145890")).isEqualTo(7);
    assertThat(MrzChecker.checkDigit("1234567890")).isEqualTo(7);
    assertThat(MrzChecker.checkDigit("l")).isEqualTo(-1);
  }

  @Test
  void td3SpecimenIsCleanAndFlagged() {
    MrzCheck c = checker.check(specimen(DocumentType.PASSPORT, "L898902C3", List.of(TD3_1, TD3_2)), TODAY);
    assertThat(c).isEqualTo(new MrzCheck(MrzFormat.TD3, List.of(), List.of(), true));
  }

  @Test
  void td2SpecimenIsCleanAndFlagged() {
    MrzCheck c = checker.check(specimen(DocumentType.NATIONAL_ID, "D23145890", List.of(TD2_1, TD2_2)), TODAY);
    assertThat(c).isEqualTo(new MrzCheck(MrzFormat.TD2, List.of(), List.of(), true));
  }

  @Test
  void td1SpecimenIsCleanAndFlagged() {
    MrzCheck c = checker.check(specimen(DocumentType.NATIONAL_ID, "D23145890", List.of(TD1_1, TD1_2, TD1_3)), TODAY);
    assertThat(c).isEqualTo(new MrzCheck(MrzFormat.TD1, List.of(), List.of(), true));
  }

  @Test
  void td1LongDocumentNumberIsReadAcrossTheOptionalData() {
    String line1 = "IDUTO123456789<07<<<<<<<<<<<<<";
    String composite = line1.substring(5) + TD1_2.substring(0, 7) + TD1_2.substring(8, 15) + TD1_2.substring(18, 29);
    String line2 = TD1_2.substring(0, 29) + MrzChecker.checkDigit(composite);
    MrzCheck c = checker.check(specimen(DocumentType.NATIONAL_ID, "1234567890", List.of(line1, line2, TD1_3)), TODAY);
    assertThat(c.checksumFailures()).isEmpty();
    assertThat(c.inconsistentFields()).isEmpty();
  }

  @Test
  void tamperedDigitsFailTheirChecks() {
    String line2 = "L898902C36UTO7408132F1204159ZE184226B<<<<<10"; // birth day 12 -> 13
    MrzCheck c = checker.check(specimen(DocumentType.PASSPORT, "L898902C3", List.of(TD3_1, line2)), TODAY);
    assertThat(c.checksumFailures()).containsExactly("DATE_OF_BIRTH", "COMPOSITE");
    assertThat(c.inconsistentFields()).containsExactly("DATE_OF_BIRTH");
    assertThat(c.clean()).isFalse();
  }

  @Test
  void visualFieldsThatDisagreeAreNamed() {
    DocumentData d = doc(DocumentType.PASSPORT, "SE", "L898902C8", "Petra Nilsson", "1974-08-13",
        LocalDate.of(2022, 4, 15), List.of(TD3_1, TD3_2));
    MrzCheck c = checker.check(d, TODAY);
    assertThat(c.checksumFailures()).isEmpty();
    assertThat(c.inconsistentFields()).containsExactly("DOCUMENT_NUMBER", "DATE_OF_BIRTH", "EXPIRY_DATE", "NAME");
  }

  @Test
  void partialVisualBirthDateIsComparedOnKnownParts() {
    DocumentData d = doc(DocumentType.PASSPORT, "SE", "L898902C3", "ERIKSSON ANNA MARIA", "1974-08",
        null, List.of(TD3_1, TD3_2));
    assertThat(checker.check(d, TODAY).inconsistentFields()).isEmpty();
  }

  @Test
  void issuingStateIsMappedToAlpha2() {
    assertThat(MrzChecker.alpha2("D<<")).isEqualTo("DE");
    assertThat(MrzChecker.alpha2("CHN")).isEqualTo("CN");
    assertThat(MrzChecker.alpha2("GBD")).isEqualTo("GB");
    assertThat(MrzChecker.alpha2("UTO")).isNull();
    String line1 = "P<D<<MUSTERFRAU<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    String line2 = td3Line2("C01X00T47", "D<<", "640812", "F", "310430", "<<<<<<<<<<<<<<");
    DocumentData ok = doc(DocumentType.PASSPORT, "DE", "C01X00T47", "Erika Musterfrau", "1964-08-12",
        LocalDate.of(2031, 4, 30), List.of(line1, line2));
    MrzCheck c = checker.check(ok, TODAY);
    assertThat(c).isEqualTo(new MrzCheck(MrzFormat.TD3, List.of(), List.of(), false));
    DocumentData wrongState = doc(DocumentType.PASSPORT, "AT", "C01X00T47", "Erika Musterfrau", "1964-08-12",
        LocalDate.of(2031, 4, 30), List.of(line1, line2));
    assertThat(checker.check(wrongState, TODAY).inconsistentFields()).containsExactly("ISSUING_STATE");
  }

  @Test
  void truncatedNameIsComparedAsPrefix() {
    String name = "MUELLER<LUEDENSCHEIDT<<JOHANNA<FRIEDERIKE<ANTONIA<MARIA";
    String line1 = "P<D<<" + name.substring(0, 39);
    String line2 = td3Line2("C01X00T47", "D<<", "640812", "F", "310430", "<<<<<<<<<<<<<<");
    DocumentData d = doc(DocumentType.PASSPORT, "DE", "C01X00T47",
        "Müller-Lüdenscheidt Johanna Friederike Antonia Maria", "1964-08-12", LocalDate.of(2031, 4, 30),
        List.of(line1, line2));
    assertThat(checker.check(d, TODAY).inconsistentFields()).isEmpty();
  }

  @Test
  void centuriesAreResolvedAgainstToday() {
    String line1 = "P<D<<MUSTERFRAU<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    String line2 = td3Line2("C01X00T47", "D<<", "101231", "F", "310430", "<<<<<<<<<<<<<<");
    DocumentData child = doc(DocumentType.PASSPORT, "DE", "C01X00T47", "Erika Musterfrau", "2010-12-31",
        LocalDate.of(2031, 4, 30), List.of(line1, line2));
    assertThat(checker.check(child, TODAY).inconsistentFields()).isEmpty();
    String old = td3Line2("C01X00T47", "D<<", "261231", "F", "310430", "<<<<<<<<<<<<<<");
    DocumentData senior = doc(DocumentType.PASSPORT, "DE", "C01X00T47", "Erika Musterfrau", "1926-12-31",
        LocalDate.of(2031, 4, 30), List.of(line1, old));
    assertThat(checker.check(senior, TODAY).inconsistentFields()).isEmpty();
  }

  @Test
  void linesOfNoKnownLayoutAreReported() {
    MrzCheck c = checker.check(specimen(DocumentType.PASSPORT, "L898902C3", List.of(TD3_1, TD2_2)), TODAY);
    assertThat(c.format()).isEqualTo(MrzFormat.UNRECOGNISED);
    assertThat(c.inconsistentFields()).containsExactly("LAYOUT");
  }

  /** Builds a valid TD3 second line from its fields. */
  static String td3Line2(String number, String nationality, String dob, String sex, String expiry, String personal) {
    String n = (number + "<<<<<<<<<").substring(0, 9);
    String s = n + MrzChecker.checkDigit(n) + nationality + dob + MrzChecker.checkDigit(dob) + sex + expiry
        + MrzChecker.checkDigit(expiry) + personal + MrzChecker.checkDigit(personal);
    String composite = s.substring(0, 10) + s.substring(13, 20) + s.substring(21, 43);
    return s + MrzChecker.checkDigit(composite);
  }
}
