package dev.kycrules.store.jdbc;

import dev.kycrules.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the JDBC stores speak to, and the few statements that differ between them. */
enum Dialect {
  POSTGRESQL("postgresql"),
  H2("h2");

  /** Folder under {@code kyc-rules/sql/} that holds this dialect's versioned scripts. */
  final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Recognises the database behind {@code c} from its product name. */
  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (p.equals("h2")) {
      return H2;
    }
    throw new StoreException(
        "kyc-rules has no SQL for the database '" + product + "': use PostgreSQL or H2, or keep the"
            + " in-memory stores");
  }

  /**
   * Inserts a document owner unless the fingerprint is taken. PostgreSQL skips the conflicting
   * row; H2 raises SQLState 23505, which the registry treats the same way.
   */
  String insertOwner() {
    String insert =
        "INSERT INTO kyc_document_owner (fingerprint, key_id, account_id, claimed_at)"
            + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)";
    return this == POSTGRESQL ? insert + " ON CONFLICT (fingerprint) DO NOTHING" : insert;
  }

  /** Inserts an attempt, or replaces the row with the same (account_id, attempt_id). */
  String upsertAttempt() {
    if (this == POSTGRESQL) {
      return "INSERT INTO kyc_attempt_history"
          + " (account_id, attempt_id, decided_at, outcome, document_type, codes)"
          + " VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (account_id, attempt_id) DO UPDATE SET decided_at = EXCLUDED.decided_at,"
          + " outcome = EXCLUDED.outcome, document_type = EXCLUDED.document_type,"
          + " codes = EXCLUDED.codes";
    }
    return "MERGE INTO kyc_attempt_history"
        + " (account_id, attempt_id, decided_at, outcome, document_type, codes)"
        + " KEY (account_id, attempt_id) VALUES (?, ?, ?, ?, ?, ?)";
  }

  /**
   * Deletes at most {@code ?2} attempts decided before {@code ?1}. PostgreSQL picks the rows' ctids
   * through index {@code kyc_attempt_history_decided_at} and deletes them by TID, so a batch costs
   * the same at any table size.
   */
  String deleteAttemptBatch() {
    if (this == POSTGRESQL) {
      return "DELETE FROM kyc_attempt_history WHERE ctid = ANY (ARRAY("
          + "SELECT ctid FROM kyc_attempt_history WHERE decided_at < ? LIMIT ?))";
    }
    return "DELETE FROM kyc_attempt_history WHERE decided_at < ? FETCH FIRST ? ROWS ONLY";
  }

  /** Classpath location of the script that brings the schema to {@code version}. */
  String script(int version) {
    return "kyc-rules/sql/" + folder + "/V" + version + "__kyc_rules.sql";
  }
}
