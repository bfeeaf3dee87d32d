package dev.kycrules.check;

/** How a typed date relates to the date printed on the document. */
public enum DateVerdict {
  /** Equal on every part the document shows. */
  MATCH,
  /** Equal once day and month are exchanged: a date-order slip, not a different date. */
  DAY_MONTH_SWAPPED,
  /** A different date. */
  MISMATCH
}
