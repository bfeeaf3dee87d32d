package dev.kycrules.engine;

/**
 * Base of every exception the library throws on purpose. Messages say what went wrong and what to
 * do about it; they never contain a raw document number, full name or date of birth.
 */
public class KycException extends RuntimeException {
  public KycException(String message) {
    super(message);
  }

  public KycException(String message, Throwable cause) {
    super(message, cause);
  }
}
