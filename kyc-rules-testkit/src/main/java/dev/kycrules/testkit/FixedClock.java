package dev.kycrules.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told, for deterministic {@code submittedAt} values: it starts at
 * {@link #START} and {@link #next()} hands out instants one {@code step} apart. Thread-safe.
 */
public final class FixedClock extends Clock {
  /** Where every kit clock starts, and the default {@code submittedAt} of fixtures: 2026-11-25T10:00:00Z. */
  public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
  /** The default step of {@link #next()}. */
  public static final Duration DEFAULT_STEP = Duration.ofMinutes(1);

  private final Object lock = new Object();
  private final Duration step;
  private final ZoneId zone;
  private Instant now;

  private FixedClock(Instant start, Duration step, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.step = Objects.requireNonNull(step, "step");
    this.zone = Objects.requireNonNull(zone, "zone");
    if (step.isNegative()) {
      throw new IllegalArgumentException("the step must not be negative, was " + step);
    }
  }

  /** A clock at {@link #START}, stepping one minute, in UTC. */
  public static FixedClock create() {
    return new FixedClock(START, DEFAULT_STEP, ZoneOffset.UTC);
  }

  /** A clock at {@code start}, stepping by {@code step}, in UTC. */
  public static FixedClock startingAt(Instant start, Duration step) {
    return new FixedClock(start, step, ZoneOffset.UTC);
  }

  /** Returns the current instant and then moves the clock on by one step. */
  public Instant next() {
    synchronized (lock) {
      Instant at = now;
      now = now.plus(step);
      return at;
    }
  }

  /** Moves the clock on by {@code amount} (for cooldowns and expiry) and returns the new instant. */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward; amount was " + amount);
    }
    synchronized (lock) {
      now = now.plus(amount);
      return now;
    }
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      return now;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A clock sharing nothing with this one, at the same instant and step, in {@code zone}. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FixedClock(instant(), step, zone);
  }

  @Override
  public String toString() {
    return "FixedClock[" + instant() + ", step " + step + "]";
  }
}
