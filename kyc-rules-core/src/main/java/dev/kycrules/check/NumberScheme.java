package dev.kycrules.check;

import dev.kycrules.model.PartialDate;

/** The rules one kind of document number follows (length, alphabet, check characters...). */
public interface NumberScheme {
  /** A stable identifier, for example {@code CN_RIC}. */
  String id();

  /** Validates an already normalised number; {@code dateOfBirth} is the document's. */
  NumberCheck check(String normalised, PartialDate dateOfBirth);
}
