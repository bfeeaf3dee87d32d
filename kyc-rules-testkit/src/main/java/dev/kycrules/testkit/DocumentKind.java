package dev.kycrules.testkit;

import dev.kycrules.model.DocumentType;
import java.time.LocalDate;

/** The invented person and document behind each clean fixture. */
enum DocumentKind {
  PASSPORT("passport", DocumentType.PASSPORT, "GB", "IE", "Ana Example", "Anu Example", "EXAMPLE ANA",
      LocalDate.of(1990, 3, 7)),
  NATIONAL_ID("national-id", DocumentType.NATIONAL_ID, "CN", "HK", "Zhang Wei", "Zhang Wen", "ZHANG WEI",
      LocalDate.of(1949, 12, 31)),
  DRIVING_LICENCE("driving-licence", DocumentType.DRIVING_LICENCE, "FR", "BE", "Luc Exemple", "Lux Exemple",
      "EXEMPLE LUC", LocalDate.of(1985, 6, 4)),
  RESIDENCE_PERMIT("residence-permit", DocumentType.RESIDENCE_PERMIT, "DE", "AT", "Mia Beispiel", "Mie Beispiel",
      "BEISPIEL MIA", LocalDate.of(1978, 11, 9));

  final String slug;
  final DocumentType type;
  final String country;
  /** A country that differs from {@link #country}, for a wrong typed issuing country. */
  final String otherCountry;
  final String typedName;
  /** {@link #typedName} with one letter wrong. */
  final String typoName;
  final String printedName;
  final LocalDate dateOfBirth;

  DocumentKind(String slug, DocumentType type, String country, String otherCountry, String typedName,
      String typoName, String printedName, LocalDate dateOfBirth) {
    this.slug = slug;
    this.type = type;
    this.country = country;
    this.otherCountry = otherCountry;
    this.typedName = typedName;
    this.typoName = typoName;
    this.printedName = printedName;
    this.dateOfBirth = dateOfBirth;
  }

  static DocumentKind of(DocumentType type) {
    for (DocumentKind k : values()) {
      if (k.type == type) {
        return k;
      }
    }
    throw new IllegalArgumentException("there is no clean fixture for " + type
        + "; start from passport(), nationalId(), drivingLicence() or residencePermit()");
  }

  /** A number for a new builder: the specimen for the CN ID, a ZZ counter otherwise. */
  String number(long sequence) {
    return this == NATIONAL_ID ? KycFixtures.CN_SPECIMEN_ID : String.format("ZZ%07d", sequence % 10_000_000L);
  }

  /** A number that fails this document's scheme. */
  String invalidNumber() {
    // The specimen with a wrong check character; a generic number needs at least 4 characters.
    return this == NATIONAL_ID ? "110105194912310021" : "ZZ1";
  }
}
