package dev.kycrules.check;

/**
 * The harmless differences a name comparison may tolerate. Their names appear in
 * {@link NameComparison#tolerated()} so that rules and reviewers can see what was forgiven.
 */
public enum NameTolerance {
  /** Full-width or half-width forms were folded to their ordinary forms. */
  WIDTH_FOLDED,
  /** Upper and lower case were treated alike. */
  CASE_FOLDED,
  /** Other compatibility forms (ligatures, compatibility ideographs) were folded. */
  UNICODE_FOLDED,
  /** Invisible characters (zero-width spaces, variation selectors) were removed. */
  INVISIBLE_REMOVED,
  /** Accents were dropped or spelled out as ICAO recommends (Ü as UE, Ø as OE...). */
  DIACRITICS_FOLDED,
  /** A name in another script was compared through a Latin transliteration. */
  TRANSLITERATED,
  /** Variant or traditional Han characters were folded to one form. */
  HAN_VARIANT_FOLDED,
  /** Apostrophes were dropped and hyphens, dots, commas, slashes or fillers became spaces. */
  PUNCTUATION,
  /** The names differ only in where spaces fall. */
  WHITESPACE,
  /** The same tokens in another order. */
  TOKEN_ORDER,
  /** The document holds tokens the typed name lacks, such as a middle name. */
  DOCUMENT_HAS_EXTRA_TOKENS,
  /** Look-alike letters from a second script were read as the dominant script's letters. */
  CONFUSABLE_FOLDED
}
