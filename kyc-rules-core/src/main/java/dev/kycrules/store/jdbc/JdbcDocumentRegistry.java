package dev.kycrules.store.jdbc;

import dev.kycrules.store.DocumentRegistry;
import dev.kycrules.store.Fingerprint;
import dev.kycrules.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The document registry in table {@code kyc_document_owner}, shared by every host instance that
 * uses the same database. A claim is atomic in the database: the primary key on the fingerprint
 * lets exactly one insert win, so two instances claiming one document for two accounts at the same
 * moment agree on a single owner. Each statement commits on its own; no lock is held between
 * statements, so claims cannot deadlock. Thread-safe.
 *
 * <p>The tables must exist: see {@link JdbcSchema}.
 */
public final class JdbcDocumentRegistry implements DocumentRegistry {
  /** The owner of any of the fingerprints; the oldest claim first, should several rows match. */
  static final String SELECT_OWNER =
      "SELECT account_id FROM kyc_document_owner WHERE fingerprint IN (%s)"
          + " ORDER BY claimed_at, fingerprint";

  private final Jdbc jdbc;

  /**
   * @param dataSource a pooled source of connections to a database where the kyc-rules schema is
   *     installed; the registry borrows one connection per call
   */
  public JdbcDocumentRegistry(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /**
   * The account owning any of {@code fingerprints}, found with one indexed query.
   *
   * @throws StoreException when the database cannot be read
   */
  @Override
  public Optional<String> ownerOf(Collection<Fingerprint> fingerprints) {
    Set<String> values = values(fingerprints, null);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.run("look up a document owner", (c, d) -> owner(c, values));
  }

  /**
   * Looks up every fingerprint in {@code lookup} (so a claim made under an older key is found),
   * inserts {@code primary} for {@code accountId} when none is owned, and reads the owner back. When
   * another instance inserts the same fingerprint first, the database keeps its row and this call
   * returns that instance's account. Claiming again by the owner returns the owner and writes
   * nothing.
   *
   * @throws StoreException when the database cannot be read or written; the claim may or may not
   *     have been made, and claiming again is safe
   */
  @Override
  public String claim(Fingerprint primary, Collection<Fingerprint> lookup, String accountId) {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(accountId, "accountId");
    Set<String> values = values(lookup, primary);
    return jdbc.run(
        "claim a document",
        (c, d) -> {
          Optional<String> owner = owner(c, values);
          if (owner.isPresent()) {
            return owner.get();
          }
          insert(c, d, primary, accountId);
          return owner(c, values)
              .orElseThrow(
                  () ->
                      new StoreException(
                          "A document claim was written but cannot be read back: check that"
                              + " nothing else deletes rows from kyc_document_owner"));
        });
  }

  private static void insert(Connection c, Dialect d, Fingerprint primary, String accountId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(d.insertOwner())) {
      ps.setString(1, primary.value());
      ps.setString(2, primary.keyId());
      ps.setString(3, accountId);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      // Another claim inserted this fingerprint first: the read-back returns its owner.
    }
  }

  private static Optional<String> owner(Connection c, Set<String> values) throws SQLException {
    String sql = String.format(SELECT_OWNER, Jdbc.placeholders(values.size()));
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (String v : values) {
        ps.setString(i++, v);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Set<String> values(Collection<Fingerprint> fingerprints, Fingerprint primary) {
    Objects.requireNonNull(fingerprints, "fingerprints");
    Set<String> out = new LinkedHashSet<>();
    if (primary != null) {
      out.add(primary.value());
    }
    for (Fingerprint f : fingerprints) {
      out.add(f.value());
    }
    return out;
  }
}
