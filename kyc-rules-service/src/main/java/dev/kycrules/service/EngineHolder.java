package dev.kycrules.service;

import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.model.Attempt;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The engine in force. {@link #rebuild()} builds a new engine from the same options (and so the
 * same stores), swaps it in once the evaluations running on the old one have finished, and closes
 * the old one; a build that fails leaves the old engine in force.
 */
final class EngineHolder implements AutoCloseable {
  private final Supplier<KycRulesEngine> factory;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private KycRulesEngine engine;

  EngineHolder(Supplier<KycRulesEngine> factory) {
    this.factory = factory;
    this.engine = factory.get();
  }

  Decision evaluate(Attempt attempt, Locale locale, ZoneId zone) {
    lock.readLock().lock();
    try {
      return engine.evaluate(attempt, locale, zone);
    } finally {
      lock.readLock().unlock();
    }
  }

  String ruleSetVersion() {
    lock.readLock().lock();
    try {
      return engine.ruleSetVersion();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Rebuilds the engine; returns the version now in force. */
  String rebuild() {
    KycRulesEngine fresh = factory.get(); // compiles outside the lock; throws when the rules are invalid
    KycRulesEngine old;
    lock.writeLock().lock();
    try {
      old = engine;
      engine = fresh;
    } finally {
      lock.writeLock().unlock();
    }
    old.close();
    return fresh.ruleSetVersion();
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      engine.close();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
