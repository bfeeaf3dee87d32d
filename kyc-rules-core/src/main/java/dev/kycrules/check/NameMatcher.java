package dev.kycrules.check;

/** Compares the name a person typed with the name read from the document. Thread-safe. */
public interface NameMatcher {
  /**
   * @param typed the name as typed by the person
   * @param onDocument the name as read from the document
   * @param documentCountry the issuing country (ISO alpha-2), a hint for transliteration
   */
  NameComparison compare(String typed, String onDocument, String documentCountry);
}
