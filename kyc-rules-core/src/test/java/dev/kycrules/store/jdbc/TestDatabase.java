package dev.kycrules.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh, empty database for one test, on H2 (in memory) or on the embedded PostgreSQL server. */
abstract class TestDatabase implements AutoCloseable {
  /** The database's JDBC URL. */
  abstract String url();

  /** An unpooled data source for the database. */
  abstract DataSource dataSource();

  abstract String user();

  /** Drops the database; close every pool on it first. */
  @Override
  public abstract void close();

  static void execute(DataSource ds, String sql) {
    try (java.sql.Connection c = ds.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("test set-up failed: " + sql, e);
    }
  }

  /** A separate connection pool, as one host instance would have. Close it after use. */
  HikariDataSource pool(String name, int size) {
    HikariConfig cfg = new HikariConfig();
    cfg.setPoolName(name);
    cfg.setJdbcUrl(url());
    cfg.setUsername(user());
    cfg.setMaximumPoolSize(size);
    cfg.setMinimumIdle(size);
    cfg.setConnectionTimeout(10_000);
    return new HikariDataSource(cfg);
  }

  static TestDatabase h2() {
    String url = "jdbc:h2:mem:kyc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return new TestDatabase() {
      @Override
      String url() {
        return url;
      }

      @Override
      String user() {
        return "sa";
      }

      @Override
      DataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
      }

      @Override
      public void close() {
        execute(dataSource(), "SHUTDOWN");
      }

      @Override
      public String toString() {
        return "H2";
      }
    };
  }

  static TestDatabase postgres(PostgresServer server) {
    String db = server.createDatabase();
    return new TestDatabase() {
      @Override
      String url() {
        return server.jdbcUrl(db);
      }

      @Override
      String user() {
        return "postgres";
      }

      @Override
      DataSource dataSource() {
        return server.dataSource(db);
      }

      @Override
      public void close() {
        server.dropDatabase(db);
      }

      @Override
      public String toString() {
        return "PostgreSQL";
      }
    };
  }
}
