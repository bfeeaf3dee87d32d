package dev.kycrules.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's place in the pool; threads start at different places. */
@State(Scope.Thread)
public class PoolCursor {
  private int i;

  @Setup(Level.Trial)
  public void setup() {
    i = (int) (Thread.currentThread().getId() * 977) & (Workload.POOL - 1);
  }

  /** The current index, then moves on (cyclically). */
  int next() {
    int at = i;
    i = (i + 1) & (Workload.POOL - 1);
    return at;
  }
}
