package dev.kycrules.store.jdbc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.Resolver.class)
class PostgresAttemptHistoryTest extends AttemptHistoryContract {
  private static PostgresServer server;

  @BeforeAll
  static void server(PostgresServer s) {
    server = s;
  }

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres(server);
  }
}
