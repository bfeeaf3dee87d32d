package dev.kycrules.store;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A registry held in memory: the embedded default. Lost when the process ends. */
public final class InMemoryDocumentRegistry implements DocumentRegistry {
  private final ConcurrentMap<Fingerprint, String> owners = new ConcurrentHashMap<>();

  @Override
  public Optional<String> ownerOf(Collection<Fingerprint> fingerprints) {
    for (Fingerprint f : fingerprints) {
      String owner = owners.get(f);
      if (owner != null) {
        return Optional.of(owner);
      }
    }
    return Optional.empty();
  }

  /**
   * A document already linked is answered without locking (every re-verification of an approved
   * document lands here); a new link is checked again and made under the lock, so the look-up under
   * older keys and the insert under the newest are one step.
   */
  @Override
  public String claim(Fingerprint primary, Collection<Fingerprint> lookup, String accountId) {
    Optional<String> existing = ownerOf(lookup);
    if (existing.isPresent()) {
      return existing.get();
    }
    synchronized (this) {
      existing = ownerOf(lookup);
      if (existing.isPresent()) {
        return existing.get();
      }
      String prior = owners.putIfAbsent(primary, accountId);
      return prior == null ? accountId : prior;
    }
  }

  /** How many documents are linked. */
  public int size() {
    return owners.size();
  }
}
