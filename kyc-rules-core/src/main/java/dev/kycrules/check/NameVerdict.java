package dev.kycrules.check;

/** How a typed name relates to the name on the document. */
public enum NameVerdict {
  /** The same name once harmless differences (case, width, accents, order...) are tolerated. */
  MATCH,
  /** The document holds extra tokens, such as a middle name the person left out. */
  PARTIAL,
  /** Close but not equal, as scored by a per-token similarity. */
  FUZZY,
  /** A different name. */
  MISMATCH,
  /** The two cannot be compared reliably (for example Japanese kanji against Latin letters). */
  INDETERMINATE
}
