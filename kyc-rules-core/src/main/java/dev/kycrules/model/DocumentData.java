package dev.kycrules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * What the host read from the document. {@code issueDate} and {@code expiryDate} are optional
 * (some documents never expire); {@code mrz} holds the machine-readable lines when the host read
 * them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentData(
    DocumentType type,
    @JsonProperty("issuingCountry") String countryOfIssue,
    String number,
    String fullName,
    PartialDate dateOfBirth,
    @JsonProperty("issueDate") LocalDate dateOfIssue,
    LocalDate expiryDate,
    java.util.List<String> mrz) {

  public DocumentData {
    Checks.required(type, "type");
    countryOfIssue = Checks.country(countryOfIssue, "issuingCountry");
    Checks.text(number, "number", 64);
    Checks.text(fullName, "fullName", 300);
    Checks.required(dateOfBirth, "dateOfBirth");
    if (mrz != null) {
      if (mrz.size() < 2 || mrz.size() > 3) {
        throw new InvalidAttemptException("mrz", "must hold 2 or 3 lines, had " + mrz.size());
      }
      for (int i = 0; i < mrz.size(); i++) {
        Checks.text(mrz.get(i), "mrz[" + i + "]", 44);
      }
      mrz = java.util.List.copyOf(mrz);
    }
  }

  /** Convenience constructor for documents without a machine-readable zone. */
  public DocumentData(DocumentType type, String countryOfIssue, String number, String fullName,
      PartialDate dateOfBirth, LocalDate dateOfIssue, LocalDate expiryDate) {
    this(type, countryOfIssue, number, fullName, dateOfBirth, dateOfIssue, expiryDate, null);
  }
}
