package dev.kycrules.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.kycrules.model.DocumentType;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a normalised document identity into keyed fingerprints. The newest key makes new claims;
 * every key is used for look-ups, so duplicates are still found after a key rotation. Thread-safe.
 */
public final class Fingerprinter {
  /** Version tag of the fingerprint input; changing normalisation means a new tag. */
  static final String VERSION = "kycdoc/v1";

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final List<FingerprintKey> keys;
  private final List<SecretKeySpec> secrets;
  /** One initialised Mac per key and thread: a Mac is not thread-safe, and cloning one per call costs more than the HMAC. */
  private final ThreadLocal<Mac[]> macs;

  /**
   * @param keys the active keys, oldest first; the last one makes new claims
   */
  public Fingerprinter(List<FingerprintKey> keys) {
    if (keys == null || keys.isEmpty()) {
      throw new IllegalArgumentException("at least one fingerprint key is required");
    }
    this.keys = List.copyOf(keys);
    List<SecretKeySpec> m = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (FingerprintKey k : this.keys) {
      if (!ids.add(k.id())) {
        throw new IllegalArgumentException("duplicate fingerprint key id '" + k.id() + "'");
      }
      m.add(new SecretKeySpec(k.secret(), ALGORITHM));
    }
    this.secrets = List.copyOf(m);
    newMacs(); // fails here, not on the first attempt, if the platform lacks HMAC-SHA256
    this.macs = ThreadLocal.withInitial(this::newMacs);
  }

  private Mac[] newMacs() {
    Mac[] out = new Mac[secrets.size()];
    try {
      for (int i = 0; i < out.length; i++) {
        out[i] = Mac.getInstance(ALGORITHM);
        out[i].init(secrets.get(i));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot compute " + ALGORITHM + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** A fingerprinter with a single random key: fine while the registry lives in memory. */
  public static Fingerprinter ephemeral() {
    return new Fingerprinter(List.of(FingerprintKey.random("ephemeral")));
  }

  /** The fingerprint under the newest key. */
  public Fingerprint primary(String country, DocumentType type, String normalisedNumber) {
    int last = keys.size() - 1;
    return new Fingerprint(keys.get(last).id(), mac(last, country, type, normalisedNumber));
  }

  /** The fingerprints under every active key, newest first. */
  public List<Fingerprint> all(String country, DocumentType type, String normalisedNumber) {
    List<Fingerprint> out = new ArrayList<>(keys.size());
    for (int i = keys.size() - 1; i >= 0; i--) {
      out.add(new Fingerprint(keys.get(i).id(), mac(i, country, type, normalisedNumber)));
    }
    return out;
  }

  private String mac(int i, String country, DocumentType type, String number) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    String input = VERSION + "|" + country + "|" + type.name() + "|" + number;
    return HEX.formatHex(macs.get()[i].doFinal(input.getBytes(UTF_8)));
  }
}
