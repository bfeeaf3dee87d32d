package dev.kycrules.check;

import java.util.List;

/**
 * Facts about the document on its own, measured at submission: the holder's age in whole years
 * (from the earliest date the printed birth date can stand for, so a partial date never makes a
 * person look younger than they may be), the date incoherences found, and whether the document is a
 * published specimen.
 */
public record DocumentFacts(int ageYears, List<DocumentDates.Incoherence> incoherences, boolean specimen) {
  public DocumentFacts {
    incoherences = List.copyOf(incoherences);
  }

  /** The incoherences as names, for evidence. */
  public List<String> incoherenceNames() {
    return incoherences.stream().map(Enum::name).toList();
  }
}
