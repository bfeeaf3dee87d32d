package dev.kycrules.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.decision.Outcome;
import dev.kycrules.model.DocumentType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoresTest {
  static final byte[] K1 = "0123456789abcdef0123456789abcdef".getBytes();
  static final byte[] K2 = "fedcba9876543210fedcba9876543210".getBytes();

  @Test
  void fingerprintsAreKeyedAndDoNotContainTheNumber() {
    Fingerprinter a = new Fingerprinter(List.of(new FingerprintKey("k1", K1)));
    Fingerprinter b = new Fingerprinter(List.of(new FingerprintKey("k2", K2)));
    Fingerprint fa = a.primary("CN", DocumentType.NATIONAL_ID, "11010519491231002X");
    assertThat(fa.value()).hasSize(64).doesNotContain("11010519491231002X");
    assertThat(b.primary("CN", DocumentType.NATIONAL_ID, "11010519491231002X").value()).isNotEqualTo(fa.value());
    assertThat(a.primary("CN", DocumentType.NATIONAL_ID, "11010519491231002X")).isEqualTo(fa);
    assertThat(fa.toString()).isEqualTo("k1:" + fa.value().substring(0, 12));
  }

  /**
   * Stored registries depend on the exact fingerprint: HMAC-SHA256 of "kycdoc/v1|country|type|number"
   * in lower-case hex. Expected value computed independently (Python hmac, key bytes 0..31).
   */
  @Test
  void fingerprintFormatIsStable() {
    byte[] key = new byte[32];
    for (int i = 0; i < 32; i++) {
      key[i] = (byte) i;
    }
    Fingerprinter f = new Fingerprinter(List.of(new FingerprintKey("k0", key)));
    assertThat(f.primary("CN", DocumentType.NATIONAL_ID, "11010519491231002X").value())
        .isEqualTo("8fc40afea7ffae62a55e1251120f11d7bc66374941f899bc0ad711ec5b4ea476");
  }

  @Test
  void fingerprintsAreTheSameOnEveryThread() throws Exception {
    Fingerprinter f = new Fingerprinter(List.of(new FingerprintKey("k1", K1), new FingerprintKey("k2", K2)));
    List<Fingerprint> expected = f.all("DE", DocumentType.PASSPORT, "C01X00T47");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Fingerprint>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> f.all("DE", DocumentType.PASSPORT, "C01X00T47")));
      }
      for (var r : runs) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keysMustBeLongEnoughAndNeverPrintTheirSecret() {
    assertThatThrownBy(() -> new FingerprintKey("short", new byte[8])).hasMessageContaining("at least 32 bytes");
    assertThat(new FingerprintKey("k1", K1).toString()).doesNotContain("0123");
  }

  @Test
  void rotationFindsOwnersUnderOldKeys() {
    FingerprintKey k1 = new FingerprintKey("k1", K1);
    FingerprintKey k2 = new FingerprintKey("k2", K2);
    InMemoryDocumentRegistry reg = new InMemoryDocumentRegistry();
    Fingerprinter old = new Fingerprinter(List.of(k1));
    reg.claim(old.primary("DE", DocumentType.PASSPORT, "C01X00T47"), old.all("DE", DocumentType.PASSPORT, "C01X00T47"), "acc-a");
    Fingerprinter rotated = new Fingerprinter(List.of(k1, k2));
    assertThat(rotated.primary("DE", DocumentType.PASSPORT, "C01X00T47").keyId()).isEqualTo("k2");
    assertThat(reg.ownerOf(rotated.all("DE", DocumentType.PASSPORT, "C01X00T47"))).contains("acc-a");
    assertThat(reg.claim(rotated.primary("DE", DocumentType.PASSPORT, "C01X00T47"),
        rotated.all("DE", DocumentType.PASSPORT, "C01X00T47"), "acc-b")).isEqualTo("acc-a");
  }

  @Test
  void concurrentClaimsHaveExactlyOneWinner() throws Exception {
    InMemoryDocumentRegistry reg = new InMemoryDocumentRegistry();
    Fingerprinter fp = new Fingerprinter(List.of(new FingerprintKey("k1", K1)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    ConcurrentHashMap<String, String> winners = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int d = 0; d < 200; d++) {
      String number = "N" + d;
      for (String acc : List.of("acc-a", "acc-b", "acc-c")) {
        pool.submit(() -> {
          go.await();
          String owner = reg.claim(fp.primary("DE", DocumentType.PASSPORT, number), fp.all("DE", DocumentType.PASSPORT, number), acc);
          String prior = winners.putIfAbsent(number, owner);
          assertThat(prior == null || prior.equals(owner)).isTrue();
          return null;
        });
      }
    }
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(reg.size()).isEqualTo(200);
    assertThat(winners).hasSize(200);
  }

  @Test
  void historyIsNewestFirstWindowedIdempotentAndPurgeable() {
    InMemoryAttemptHistory h = new InMemoryAttemptHistory();
    Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
    for (int i = 0; i < 5; i++) {
      h.record(new AttemptRecord("acc", "a" + i, t0.plusSeconds(3600L * i), Outcome.RETRY, DocumentType.PASSPORT, List.of("X")));
    }
    h.record(new AttemptRecord("acc", "a4", t0.plusSeconds(3600L * 4), Outcome.APPROVED, DocumentType.PASSPORT, List.of()));
    List<AttemptRecord> r = h.recent("acc", t0.plusSeconds(3600), t0.plusSeconds(3600 * 10));
    assertThat(r).extracting(AttemptRecord::attemptId).containsExactly("a4", "a3", "a2", "a1");
    assertThat(r.get(0).outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(h.purgeBefore(t0.plusSeconds(3600 * 2))).isEqualTo(2);
    assertThat(h.recent("other", t0, t0.plusSeconds(99999))).isEmpty();
  }
}
