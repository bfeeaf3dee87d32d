package dev.kycrules.drools;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** A fresh, empty database for one test: H2 in memory or a new database on the embedded PostgreSQL. */
abstract class TestDatabase implements AutoCloseable {
  abstract String url();

  abstract String user();

  /** Drops the database; close every pool on it first. */
  @Override
  public abstract void close();

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

  /** Every row of a query, each as a list of its columns' strings. */
  static List<List<String>> rows(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<List<String>> out = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("test query failed: " + sql, e);
    }
  }

  static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test set-up failed: " + sql, e);
    }
  }

  /** In memory, kept alive between connections ({@code DB_CLOSE_DELAY=-1}), so both pools share it. */
  static TestDatabase h2() {
    String url = "jdbc:h2:mem:kyc-engine-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
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
      public void close() {
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        } catch (SQLException e) {
          throw new IllegalStateException("could not shut the H2 test database down", e);
        }
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
