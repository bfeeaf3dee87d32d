package dev.kycrules.decision;

/** The family a reason belongs to; one DRL file per category. */
public enum Category {
  THROTTLING,
  PHOTO_QUALITY,
  INFO_MISMATCH,
  FACE,
  EXPIRY,
  DOCUMENT_TYPE,
  DUPLICATE
}
