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
    if (!isLowerHex64(value)) {
      throw new IllegalArgumentException("fingerprint value must be 64 lower-case hex characters");
    }
  }

  /** Same as {@code value.matches("[0-9a-f]{64}")} without compiling a pattern on every call. */
  private static boolean isLowerHex64(String v) {
    if (v.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = v.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
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
