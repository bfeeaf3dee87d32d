package dev.kycrules.store.jdbc;

import dev.kycrules.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Connection handling shared by the JDBC stores: one connection per call, each statement committed
 * on its own, every {@link SQLException} turned into a {@link StoreException}.
 */
final class Jdbc {
  /** SQLState of a unique-constraint violation (SQL standard; PostgreSQL and H2 both use it). */
  static final String UNIQUE_VIOLATION = "23505";

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private final DataSource dataSource;
  private volatile Dialect dialect;

  Jdbc(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Work done on one connection. */
  interface Work<T> {
    T run(Connection c, Dialect d) throws SQLException;
  }

  /**
   * Runs {@code work} on a connection from the pool in auto-commit mode (restored afterwards), so
   * each statement is its own transaction and no lock outlives it.
   *
   * @param operation what is being done, for the error message, e.g. "claim a document"
   */
  <T> T run(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (!autoCommit) {
        c.setAutoCommit(true);
      }
      try {
        Dialect d = dialect;
        if (d == null) {
          d = Dialect.of(c);
          dialect = d;
        }
        return work.run(c, d);
      } finally {
        if (!autoCommit) {
          c.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /**
   * A {@link StoreException} saying which operation failed, the SQLState and what to do. Carries no
   * account id, fingerprint or other value from the statement; the driver's exception is the cause.
   */
  static StoreException failure(String operation, SQLException e) {
    String state = e.getSQLState() == null ? "unknown" : e.getSQLState();
    String hint;
    if (state.startsWith("08")) {
      hint = "the database could not be reached; check the DataSource URL, the network and the server";
    } else if (state.startsWith("42")) {
      hint =
          "the kyc-rules tables are missing or out of date; run JdbcSchema.apply(dataSource) or the"
              + " scripts under kyc-rules/sql/ in your own migrations";
    } else if (state.startsWith("40") || state.startsWith("57") || state.startsWith("53")) {
      hint = "the database is busy, shutting down or short of resources; try again shortly";
    } else {
      hint = "see the cause for the database's own message";
    }
    return new StoreException(
        "Could not " + operation + " (SQLState " + state + "): " + hint
            + ". The attempt was not decided; answer with a temporary error and let the person try"
            + " again.",
        e);
  }

  /**
   * The instant as a UTC timestamp to the microsecond (what PostgreSQL keeps), clamped to years
   * 1-9999 so open-ended query bounds such as {@link Instant#MIN} still bind.
   */
  static OffsetDateTime timestamp(Instant instant) {
    Instant i = instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    return OffsetDateTime.ofInstant(i.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** A string of {@code n} comma-separated {@code ?} placeholders. */
  static String placeholders(int n) {
    StringBuilder sb = new StringBuilder(2 * n);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ",?");
    }
    return sb.toString();
  }
}
