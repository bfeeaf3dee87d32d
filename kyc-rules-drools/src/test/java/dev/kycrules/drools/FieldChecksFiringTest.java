package dev.kycrules.drools;

import static dev.kycrules.drools.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.check.MrzChecker;
import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The name, MRZ and date rules: each fires on one attempt and stays quiet on its near twin. */
class FieldChecksFiringTest {

  /** A German passport for a fictional holder; the MRZ is built with correct check digits. */
  static Attempt passport(String typedName, String docName, String surnameMrz, String givenMrz, String number,
      String dob, String expiry, boolean tamperCheckDigit, String mrzNumber) {
    LocalDate birth = LocalDate.parse(dob);
    Attempt c = clean();
    DocumentData doc = new DocumentData(DocumentType.PASSPORT, "DE", number, docName, PartialDate.parse(dob),
        LocalDate.of(2021, 6, 1), expiry == null ? null : LocalDate.parse(expiry),
        surnameMrz == null ? null : td3(surnameMrz, givenMrz, mrzNumber, birth, LocalDate.parse(expiry), tamperCheckDigit));
    return c.withDocument(doc).withApplicant(new Applicant("acc-1", typedName, birth, "DE", DocumentType.PASSPORT, number));
  }

  static List<String> td3(String surname, String given, String number, LocalDate dob, LocalDate expiry, boolean tamper) {
    String l1 = pad("P<D<<" + surname + "<<" + given.replace(' ', '<'), 44);
    String doc = pad(number, 9);
    String b = dob.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
    String e = expiry.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
    String personal = pad("", 14);
    int docCheck = MrzChecker.checkDigit(doc);
    if (tamper) {
      docCheck = (docCheck + 1) % 10;
    }
    String part = doc + docCheck + "D<<" + b + MrzChecker.checkDigit(b) + "F" + e + MrzChecker.checkDigit(e)
        + personal + MrzChecker.checkDigit(personal);
    String composite = part.substring(0, 10) + part.substring(13, 20) + part.substring(21, 43);
    return List.of(l1, part + MrzChecker.checkDigit(composite));
  }

  static String pad(String s, int n) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < n) {
      b.append('<');
    }
    return b.toString();
  }

  static Attempt named(String typed, String onDocument, String country) {
    Attempt c = clean();
    DocumentData d = new DocumentData(DocumentType.PASSPORT, country, "X1234567", onDocument, c.document().dateOfBirth(),
        c.document().dateOfIssue(), c.document().expiryDate());
    return c.withDocument(d).withApplicant(new Applicant("acc-1", typed, c.applicant().dateOfBirth(), country,
        DocumentType.PASSPORT, "X1234567"));
  }

  static Attempt dates(String dob, String issue, String expiry) {
    Attempt c = clean();
    DocumentData d = new DocumentData(DocumentType.PASSPORT, "DE", "X1234567", "ZHANG WEI", PartialDate.parse(dob),
        issue == null ? null : LocalDate.parse(issue), expiry == null ? null : LocalDate.parse(expiry));
    LocalDate typed = PartialDate.parse(dob).earliest();
    return c.withDocument(d).withApplicant(new Applicant("acc-1", "Zhang Wei", typed, "DE", DocumentType.PASSPORT, "X1234567"));
  }

  static Stream<Arguments> cases() {
    Attempt cnNoExpiry = clean().withDocument(new DocumentData(DocumentType.NATIONAL_ID, "CN", CN_ID, "ZHANG WEI",
        PartialDate.parse("1949-12-31"), LocalDate.of(2010, 1, 1), null));
    return Stream.of(
        Arguments.of("DATA_NAME_FUZZY", named("Jon Smith", "JOHN SMITH", "GB"), named("John Smith", "JOHN SMITH", "GB")),
        Arguments.of("DATA_NAME_PARTIAL", named("Anna Schmidt", "ANNA MARIA SCHMIDT", "DE"), named("Anna Maria Schmidt", "ANNA MARIA SCHMIDT", "DE")),
        Arguments.of("DATA_NAME_UNVERIFIABLE", named("Yamada Taro", "山田太郎", "JP"), named("Zhang Wei", "张伟", "CN")),
        Arguments.of("DATA_NAME_CONFUSABLE", named("\u0410nna Schmidt", "ANNA SCHMIDT", "DE"), named("Anna Schmidt", "ANNA SCHMIDT", "DE")),
        Arguments.of("DATA_MRZ_CHECKSUM_FAILED",
            passport("Erika Mustermann", "MUSTERMANN ERIKA", "MUSTERMANN", "ERIKA", "C01X00T47", "1964-08-12", "2031-05-31", true, "C01X00T47"),
            passport("Erika Mustermann", "MUSTERMANN ERIKA", "MUSTERMANN", "ERIKA", "C01X00T47", "1964-08-12", "2031-05-31", false, "C01X00T47")),
        Arguments.of("DATA_MRZ_INCONSISTENT",
            passport("Erika Mustermann", "MUSTERMANN ERIKA", "MUSTERMANN", "ERIKA", "C01X00T47", "1964-08-12", "2031-05-31", false, "C01X00T48"),
            passport("Erika Mustermann", "MUSTERMANN ERIKA", "MUSTERMANN", "ERIKA", "C01X00T47", "1964-08-12", "2031-05-31", false, "C01X00T47")),
        Arguments.of("DOC_SPECIMEN",
            passport("Anna Maria Eriksson", "ERIKSSON ANNA MARIA", "ERIKSSON", "ANNA MARIA", "L898902C3", "1974-08-12", "2031-04-15", false, "L898902C3"),
            passport("Erika Mustermann", "MUSTERMANN ERIKA", "MUSTERMANN", "ERIKA", "C01X00T47", "1964-08-12", "2031-05-31", false, "C01X00T47")),
        Arguments.of("DATA_AGE_BELOW_MINIMUM", dates("2009-01-01", "2020-01-01", "2030-01-01"), dates("2008-11-25", "2020-01-01", "2030-01-01")),
        Arguments.of("DOC_DATES_INCONSISTENT", dates("1980-01-01", "2022-01-01", "2021-01-01"), dates("1980-01-01", "2021-01-01", "2031-01-01")),
        Arguments.of("DOC_NO_EXPIRY_NOT_ACCEPTED", dates("1980-01-01", "2021-01-01", null), cnNoExpiry));
  }

  @ParameterizedTest(name = "{0} fires")
  @MethodSource("cases")
  void fires(String code, Attempt firing, Attempt quiet) {
    try (KycRulesEngine e = KycRules.builder().build()) {
      Decision d = e.evaluate(firing);
      assertThat(d.codes().contains(code) || d.warningCodes().contains(code))
          .as("%s among %s / %s", code, d.codes(), d.warningCodes()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} stays quiet")
  @MethodSource("cases")
  void staysQuiet(String code, Attempt firing, Attempt quiet) {
    try (KycRulesEngine e = KycRules.builder().build()) {
      Decision d = e.evaluate(quiet);
      assertThat(d.codes()).doesNotContain(code);
      assertThat(d.warningCodes()).doesNotContain(code);
      assertThat(d.outcome()).as("%s", d.codes()).isEqualTo(Outcome.APPROVED);
    }
  }
}
