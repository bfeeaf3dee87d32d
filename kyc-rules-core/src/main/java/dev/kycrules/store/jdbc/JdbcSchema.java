package dev.kycrules.store.jdbc;

import dev.kycrules.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Installs the tables of the JDBC stores. The scripts ship in this jar as {@code
 * kyc-rules/sql/postgresql/V<n>__kyc_rules.sql} and {@code kyc-rules/sql/h2/V<n>__kyc_rules.sql};
 * hosts that run their own migrations copy them and never call {@link #apply}. Every script is
 * idempotent, and its last statement records its version in {@code kyc_rules_schema_version}.
 */
public final class JdbcSchema {
  /** The schema version this library's stores expect. */
  public static final int VERSION = 1;

  /** Serialises concurrent {@link #apply} calls from several instances on PostgreSQL. */
  private static final long PG_LOCK_KEY = 0x6b79635f72756c65L; // "kyc_rule"

  private JdbcSchema() {}

  /**
   * Runs every script newer than the installed version, each in its own transaction where the
   * database allows it, and returns {@link #VERSION}. Safe to call from several instances at once.
   *
   * @throws StoreException when a script fails; fix the cause (often missing CREATE rights) and call
   *     again, or have a database administrator run the scripts
   */
  public static int apply(DataSource dataSource) {
    return new Jdbc(dataSource)
        .run(
            "install the kyc-rules schema",
            (c, d) -> {
              int installed = installed(c);
              for (int v = installed + 1; v <= VERSION; v++) {
                run(c, d, v);
              }
              return VERSION;
            });
  }

  /**
   * The schema version installed in the database, 0 when there is none. A host that runs its own
   * migrations can compare it with {@link #VERSION} at start-up.
   *
   * @throws StoreException when the database cannot be read
   */
  public static int installedVersion(DataSource dataSource) {
    return new Jdbc(dataSource).run("read the kyc-rules schema version", (c, d) -> installed(c));
  }

  private static void run(Connection c, Dialect d, int version) throws SQLException {
    List<String> statements = statements(d.script(version));
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      if (d == Dialect.POSTGRESQL) {
        s.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
      }
      for (String sql : statements) {
        s.execute(sql);
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Called in auto-commit mode, so a failed probe leaves no aborted transaction behind. */
  private static int installed(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM kyc_rules_schema_version")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
        return 0; // no such table yet
      }
      throw e;
    }
  }

  /** The script's statements: comment lines dropped, split at semicolons that end a line. */
  static List<String> statements(String resource) {
    String text;
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new StoreException("The kyc-rules jar lacks " + resource + ": it is damaged or repackaged without its resources");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("Could not read " + resource + " from the kyc-rules jar", e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
