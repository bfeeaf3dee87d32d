package dev.kycrules.check;

import dev.kycrules.model.Applicant;
import dev.kycrules.model.DocumentData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A typed field compared with the same field read from the document, for fields that must be equal
 * as written: {@code issuingCountry} and {@code documentType}. Values are the ISO country code or
 * the document type's name. Comparing in Java keeps the rules to one fact each, so Drools never has
 * to join the applicant with the document.
 */
public record FieldComparison(String field, String typed, String onDocument) {
  public static final String ISSUING_COUNTRY = "issuingCountry";
  public static final String DOCUMENT_TYPE = "documentType";

  public FieldComparison {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(onDocument, "onDocument");
  }

  /** True when the typed value equals the document's. */
  public boolean same() {
    return typed.equals(onDocument);
  }

  /** The comparisons an attempt yields: the issuing country, and the document type when one was typed. */
  public static List<FieldComparison> of(Applicant typed, DocumentData document) {
    List<FieldComparison> out = new ArrayList<>(2);
    out.add(new FieldComparison(ISSUING_COUNTRY, typed.countryOfIssue(), document.countryOfIssue()));
    if (typed.documentType() != null) {
      out.add(new FieldComparison(DOCUMENT_TYPE, typed.documentType().name(), document.type().name()));
    }
    return out;
  }
}
