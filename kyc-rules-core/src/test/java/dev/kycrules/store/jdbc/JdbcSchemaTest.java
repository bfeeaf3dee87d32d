package dev.kycrules.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.Resolver.class)
class JdbcSchemaTest {
  private static PostgresServer server;

  @BeforeAll
  static void server(PostgresServer s) {
    server = s;
  }

  @Test
  void scriptsSplitIntoStatements() {
    for (Dialect d : Dialect.values()) {
      List<String> statements = JdbcSchema.statements(d.script(JdbcSchema.VERSION));
      assertThat(statements).hasSize(6);
      assertThat(statements).noneMatch(s -> s.contains(";") || s.contains("--"));
    }
  }

  @Test
  void applyInstallsOnceOnH2() {
    try (TestDatabase db = TestDatabase.h2()) {
      checkApply(db);
    }
  }

  @Test
  void applyInstallsOnceOnPostgres() {
    try (TestDatabase db = TestDatabase.postgres(server)) {
      checkApply(db);
    }
  }

  @Test
  void concurrentApplyFromSeveralInstancesIsSafeOnPostgres() {
    try (TestDatabase db = TestDatabase.postgres(server)) {
      List<CompletableFuture<Integer>> runs =
          List.of(1, 2, 3, 4).stream()
              .map(i -> CompletableFuture.supplyAsync(() -> JdbcSchema.apply(db.dataSource())))
              .toList();
      assertThat(runs).allSatisfy(f -> assertThat(f.join()).isEqualTo(JdbcSchema.VERSION));
    }
  }

  private static void checkApply(TestDatabase db) {
    assertThat(JdbcSchema.installedVersion(db.dataSource())).isZero();
    assertThat(JdbcSchema.apply(db.dataSource())).isEqualTo(JdbcSchema.VERSION);
    assertThat(JdbcSchema.apply(db.dataSource())).isEqualTo(JdbcSchema.VERSION);
    assertThat(JdbcSchema.installedVersion(db.dataSource())).isEqualTo(JdbcSchema.VERSION);
    // the scripts themselves are idempotent too, for hosts that re-run them
    for (String sql : JdbcSchema.statements(
        (db.toString().equals("H2") ? Dialect.H2 : Dialect.POSTGRESQL).script(1))) {
      TestDatabase.execute(db.dataSource(), sql);
    }
    assertThat(JdbcSchema.installedVersion(db.dataSource())).isEqualTo(JdbcSchema.VERSION);
  }
}
