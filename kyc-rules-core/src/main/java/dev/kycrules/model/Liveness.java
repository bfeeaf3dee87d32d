package dev.kycrules.model;

/** Result of the host's liveness check (blink, turn, open mouth, ...). */
public enum Liveness {
  PASSED,
  FAILED,
  NOT_PERFORMED
}
