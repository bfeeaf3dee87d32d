package dev.kycrules.store;

import java.util.Collection;
import java.util.Optional;

/**
 * Which account each document belongs to, keyed by fingerprint. A document becomes linked to an
 * account when an attempt with it is approved. Implementations are safe for concurrent use and make
 * {@link #claim} atomic: for one document, exactly one account ever wins.
 */
public interface DocumentRegistry {

  /**
   * The account owning any of these fingerprints (the same document under every active key), or
   * empty when the document is not linked yet.
   *
   * @throws StoreException when the store cannot be read
   */
  Optional<String> ownerOf(Collection<Fingerprint> fingerprints);

  /**
   * Links the document to {@code accountId} unless another account already owns it. Looks up
   * every fingerprint in {@code lookup} and inserts {@code primary} when none is owned. Claiming
   * again by the owner succeeds and changes nothing.
   *
   * @param primary the fingerprint under the newest key, stored for a new claim
   * @param lookup the fingerprints under every active key, including {@code primary}
   * @return the owner after the call: {@code accountId} when the claim succeeded, the other
   *     account otherwise
   * @throws StoreException when the store cannot be written
   */
  String claim(Fingerprint primary, Collection<Fingerprint> lookup, String accountId);
}
