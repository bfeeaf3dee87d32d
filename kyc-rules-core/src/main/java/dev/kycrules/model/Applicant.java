package dev.kycrules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * What the person typed or selected. {@code documentType} and {@code documentNumber} are optional.
 *
 * <p>The JSON name {@code issuingCountry} maps to {@link #countryOfIssue()}: Drools cannot read
 * record components whose names start with {@code is} or {@code get}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Applicant(
    String accountId,
    String fullName,
    LocalDate dateOfBirth,
    @JsonProperty("issuingCountry") String countryOfIssue,
    DocumentType documentType,
    String documentNumber) {

  public Applicant {
    Checks.text(accountId, "accountId", 200);
    Checks.text(fullName, "fullName", 300);
    Checks.required(dateOfBirth, "dateOfBirth");
    countryOfIssue = Checks.country(countryOfIssue, "issuingCountry");
    documentNumber = Checks.optionalText(documentNumber, "documentNumber", 64);
  }
}
