package dev.kycrules.check;

/** The ICAO 9303 machine-readable zone layouts, and a marker for lines that fit none of them. */
public enum MrzFormat {
  /** ID-1 card: three lines of 30 characters. */
  TD1,
  /** ID-2 card: two lines of 36 characters. */
  TD2,
  /** Passport booklet: two lines of 44 characters. */
  TD3,
  /** The lines have no ICAO layout; nothing else was checked. */
  UNRECOGNISED
}
