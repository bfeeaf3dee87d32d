package dev.kycrules.store;

import java.util.Objects;

/**
 * A keyed HMAC-SHA256 of a normalised document identity, with the id of the key that made it.
 * {@code value} is lower-case hex. The raw document number cannot be recovered from it without the
 * key.
 */
public record Fingerprint(String keyId, String value) {
  public Fingerprint {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(value, "value");
    if (!value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("fingerprint value must be 64 lower-case hex characters");
    }
  }

  /** A short prefix, safe for logs and audit records. */
  public String shortForm() {
    return keyId + ":" + value.substring(0, 12);
  }

  @Override
  public String toString() {
    return shortForm();
  }
}
