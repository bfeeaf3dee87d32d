package dev.kycrules.drools;

/** The engine race on H2 (in memory, shared by both pools). */
class H2EngineRaceTest extends EngineRaceContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
