package dev.kycrules.model;

/** Something covering part of the face in the selfie. */
public enum Occlusion {
  MASK,
  SUNGLASSES,
  HAT,
  /** Ordinary glasses: not a fault on their own, but a hint when other face checks fail. */
  GLASSES
}
