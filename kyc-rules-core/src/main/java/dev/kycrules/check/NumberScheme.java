package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/** The rules one kind of document number follows (length, alphabet, check characters...). */
public interface NumberScheme {
  /** A stable identifier, for example {@code CN_RIC}. */
  String id();

  /**
   * The canonical form of a number as typed or printed: {@link DocumentNumbers#normalise} plus any
   * scheme-specific folding. Idempotent; never validates.
   */
  default String normalise(String raw) {
    return DocumentNumbers.normalise(raw);
  }

  /**
   * Validates an already normalised number; {@code dateOfBirth} is the document's and may be null.
   * Problems say what failed without repeating the number.
   */
  NumberCheck check(String normalised, PartialDate dateOfBirth);
}
