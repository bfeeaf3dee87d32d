package dev.kycrules.model;

/** Where the document image came from. */
public enum Camera {
  /** The device's main (rear) camera: the best choice for documents. */
  REAR,
  /** The selfie camera: usually lower resolution and fixed focus. */
  FRONT,
  /** A file uploaded from the device rather than a live capture. */
  UPLOAD
}
