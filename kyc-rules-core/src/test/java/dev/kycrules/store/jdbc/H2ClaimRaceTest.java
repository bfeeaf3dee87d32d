package dev.kycrules.store.jdbc;

class H2ClaimRaceTest extends ClaimRaceContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
