package dev.kycrules.store.jdbc;

class H2DocumentRegistryTest extends DocumentRegistryContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
