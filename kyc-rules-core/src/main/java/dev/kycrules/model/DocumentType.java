package dev.kycrules.model;

/** The kind of identity document, as selected by the person or read by the host. */
public enum DocumentType {
  PASSPORT,
  NATIONAL_ID,
  DRIVING_LICENCE,
  RESIDENCE_PERMIT,
  TEMPORARY_ID,
  MILITARY_ID,
  OTHER
}
