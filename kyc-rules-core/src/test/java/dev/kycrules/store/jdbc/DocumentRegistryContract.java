package dev.kycrules.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.model.DocumentType;
import dev.kycrules.store.Fingerprint;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every JDBC document registry must do, run against each database by a subclass. */
abstract class DocumentRegistryContract {
  static final FingerprintKey KEY_A = FingerprintKey.random("A");
  static final FingerprintKey KEY_B = FingerprintKey.random("B");

  final Fingerprinter onlyA = new Fingerprinter(List.of(KEY_A));
  final Fingerprinter rotated = new Fingerprinter(List.of(KEY_A, KEY_B));

  TestDatabase db;
  DataSource ds;
  JdbcDocumentRegistry registry;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    db = newDatabase();
    ds = db.dataSource();
    JdbcSchema.apply(ds);
    registry = new JdbcDocumentRegistry(ds);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  static String claim(JdbcDocumentRegistry r, Fingerprinter f, String number, String account) {
    return r.claim(
        f.primary("DE", DocumentType.PASSPORT, number),
        f.all("DE", DocumentType.PASSPORT, number),
        account);
  }

  @Test
  void unknownDocumentHasNoOwner() {
    assertThat(registry.ownerOf(onlyA.all("DE", DocumentType.PASSPORT, "C01X00T47"))).isEmpty();
    assertThat(registry.ownerOf(List.of())).isEmpty();
  }

  @Test
  void firstClaimWinsAndReclaimByOwnerChangesNothing() {
    assertThat(claim(registry, onlyA, "C01X00T47", "acct-1")).isEqualTo("acct-1");
    assertThat(claim(registry, onlyA, "C01X00T47", "acct-1")).isEqualTo("acct-1");
    assertThat(claim(registry, onlyA, "C01X00T47", "acct-2")).isEqualTo("acct-1");
    assertThat(registry.ownerOf(onlyA.all("DE", DocumentType.PASSPORT, "C01X00T47")))
        .contains("acct-1");
    assertThat(rows()).containsExactly("A:acct-1");
  }

  @Test
  void sameNumberOfAnotherTypeIsAnotherDocument() {
    claim(registry, onlyA, "C01X00T47", "acct-1");
    assertThat(registry.ownerOf(onlyA.all("DE", DocumentType.NATIONAL_ID, "C01X00T47"))).isEmpty();
  }

  @Test
  void afterKeyRotationOldClaimsAreFoundAndNewClaimsUseTheNewestKey() {
    claim(registry, onlyA, "OLD000001", "acct-old");

    assertThat(registry.ownerOf(rotated.all("DE", DocumentType.PASSPORT, "OLD000001")))
        .contains("acct-old");
    assertThat(claim(registry, rotated, "OLD000001", "acct-other")).isEqualTo("acct-old");
    assertThat(claim(registry, rotated, "OLD000001", "acct-old")).isEqualTo("acct-old");

    assertThat(claim(registry, rotated, "NEW000001", "acct-new")).isEqualTo("acct-new");
    // The old-key-only fingerprinter cannot see claims made under B: that is why B must be
    // known to every instance before any instance claims with it (docs/DATABASE.md).
    assertThat(registry.ownerOf(onlyA.all("DE", DocumentType.PASSPORT, "NEW000001"))).isEmpty();

    assertThat(rows()).containsExactlyInAnyOrder("A:acct-old", "B:acct-new");
  }

  @Test
  void twoStepRotationNeverHidesAClaimFromAnInstance() {
    // step 1: the new key is known everywhere but listed first, so claims still use A
    Fingerprinter stepOne = new Fingerprinter(List.of(KEY_B, KEY_A));
    assertThat(claim(registry, stepOne, "STEP10001", "acct-1")).isEqualTo("acct-1");
    assertThat(claim(registry, onlyA, "STEP10001", "acct-2")).isEqualTo("acct-1");
    // step 2: every instance knows B, claims move to B; step-1 instances still see them
    assertThat(claim(registry, rotated, "STEP20001", "acct-3")).isEqualTo("acct-3");
    assertThat(claim(registry, stepOne, "STEP20001", "acct-4")).isEqualTo("acct-3");
    assertThat(rows()).containsExactlyInAnyOrder("A:acct-1", "B:acct-3");
  }

  @Test
  void lookupOfAPrimaryMissingFromTheLookupListStillFindsIt() {
    Fingerprint p = rotated.primary("DE", DocumentType.PASSPORT, "X1");
    assertThat(registry.claim(p, List.of(), "acct-1")).isEqualTo("acct-1");
    assertThat(registry.claim(p, List.of(), "acct-2")).isEqualTo("acct-1");
  }

  @Test
  void databaseErrorsBecomeStoreExceptionsWithoutPersonalData() {
    TestDatabase.execute(ds, "DROP TABLE kyc_document_owner");
    assertThatThrownBy(() -> claim(registry, onlyA, "C01X00T47", "acct-secret-42"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Could not claim a document (SQLState 42")
        .hasMessageContaining("JdbcSchema.apply")
        .hasMessageNotContaining("acct-secret-42")
        .hasCauseInstanceOf(SQLException.class);
  }

  /** Every row as "keyId:account". */
  List<String> rows() {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT key_id, account_id, fingerprint FROM kyc_document_owner");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1) + ":" + rs.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
