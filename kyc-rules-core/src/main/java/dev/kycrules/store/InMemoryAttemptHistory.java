package dev.kycrules.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** An attempt history held in memory: the embedded default. Lost when the process ends. */
public final class InMemoryAttemptHistory implements AttemptHistory {
  private static final Comparator<AttemptRecord> NEWEST_FIRST =
      Comparator.comparing(AttemptRecord::decidedAt).reversed().thenComparing(AttemptRecord::attemptId);

  private final ConcurrentMap<String, List<AttemptRecord>> byAccount = new ConcurrentHashMap<>();

  @Override
  public List<AttemptRecord> recent(String accountId, Instant since, Instant until) {
    List<AttemptRecord> all = byAccount.get(accountId);
    if (all == null) {
      return List.of();
    }
    synchronized (all) {
      List<AttemptRecord> out = new ArrayList<>();
      for (AttemptRecord r : all) {
        if (!r.decidedAt().isBefore(since) && !r.decidedAt().isAfter(until)) {
          out.add(r);
        }
      }
      out.sort(NEWEST_FIRST);
      return out;
    }
  }

  @Override
  public void record(AttemptRecord record) {
    List<AttemptRecord> list = byAccount.computeIfAbsent(record.accountId(), k -> new ArrayList<>());
    synchronized (list) {
      list.removeIf(r -> r.attemptId().equals(record.attemptId()));
      list.add(record);
    }
  }

  @Override
  public long purgeBefore(Instant cutoff) {
    long removed = 0;
    for (List<AttemptRecord> list : byAccount.values()) {
      synchronized (list) {
        int before = list.size();
        list.removeIf(r -> r.decidedAt().isBefore(cutoff));
        removed += before - list.size();
      }
    }
    return removed;
  }
}
