package dev.kycrules.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * One secret HMAC key with its id. Keep keys outside the database (a secret manager, an
 * environment variable, a KMS); the id is stored next to each fingerprint so keys can rotate.
 */
public final class FingerprintKey {
  private final String id;
  private final byte[] secret;

  public FingerprintKey(String id, byte[] secret) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (!id.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException("key id must be 1-32 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
    }
    if (secret.length < 32) {
      throw new IllegalArgumentException("key '" + id + "' must be at least 32 bytes (256 bits), was " + secret.length);
    }
    this.id = id;
    this.secret = secret.clone();
  }

  /** A random 256-bit key, for tests and for runs whose registry does not outlive the process. */
  public static FingerprintKey random(String id) {
    byte[] b = new byte[32];
    new java.security.SecureRandom().nextBytes(b);
    return new FingerprintKey(id, b);
  }

  public String id() {
    return id;
  }

  byte[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "FingerprintKey[" + id + "]"; // never print the secret
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FingerprintKey k && k.id.equals(id) && Arrays.equals(k.secret, secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
