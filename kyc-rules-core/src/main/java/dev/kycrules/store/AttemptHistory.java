package dev.kycrules.store;

import java.time.Instant;
import java.util.List;

/**
 * The decided attempts of each account, as throttling needs them. Implementations are safe for
 * concurrent use. Throttled attempts are never recorded.
 */
public interface AttemptHistory {

  /**
   * The account's attempts decided at or after {@code since} and at or before {@code until},
   * newest first.
   *
   * @throws StoreException when the store cannot be read
   */
  List<AttemptRecord> recent(String accountId, Instant since, Instant until);

  /**
   * Records a decided attempt. Recording the same attempt id twice for the same account keeps one
   * row.
   *
   * @throws StoreException when the record was not written; the caller must not report the
   *     attempt as decided
   */
  void record(AttemptRecord record);

  /** Deletes records decided before {@code cutoff}; returns how many were removed. */
  long purgeBefore(Instant cutoff);
}
