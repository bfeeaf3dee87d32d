package dev.kycrules.store.jdbc;

class H2AttemptHistoryTest extends AttemptHistoryContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
