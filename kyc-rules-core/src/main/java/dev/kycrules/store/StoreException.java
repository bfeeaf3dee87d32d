package dev.kycrules.store;

import dev.kycrules.engine.KycException;

/**
 * A store could not be read or written (database down, constraint error, ...). The attempt was not
 * decided; the host should answer with a temporary error and let the person try again.
 */
public class StoreException extends KycException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
