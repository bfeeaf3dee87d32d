package dev.kycrules.drools;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engine race on a real PostgreSQL 14 server started by the test run. */
@ExtendWith(PostgresServer.Resolver.class)
class PostgresEngineRaceTest extends EngineRaceContract {
  private static PostgresServer server;

  @BeforeAll
  static void start(PostgresServer s) {
    server = s;
  }

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres(server);
  }
}
