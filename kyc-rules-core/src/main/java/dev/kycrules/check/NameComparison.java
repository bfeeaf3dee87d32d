package dev.kycrules.check;

import java.util.List;
import java.util.Objects;

/**
 * The result of comparing a typed name with the document's: the verdict, the harmless differences
 * that were tolerated on the way (for example {@code TOKEN_ORDER}), the comparison keys of both
 * sides after normalisation, the first 0-based index where the keys differ (-1 when they do not), a
 * similarity score in 0..1 and whether the typed name mixes look-alike characters from several
 * scripts.
 */
public record NameComparison(
    NameVerdict verdict,
    List<String> tolerated,
    String typedKey,
    String documentKey,
    int firstDifference,
    double score,
    boolean confusable) {

  public NameComparison {
    Objects.requireNonNull(verdict, "verdict");
    tolerated = List.copyOf(tolerated);
    Objects.requireNonNull(typedKey, "typedKey");
    Objects.requireNonNull(documentKey, "documentKey");
  }
}
