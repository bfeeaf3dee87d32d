package dev.kycrules.examples.cli;

import dev.kycrules.audit.JsonLinesAuditSink;
import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.json.AttemptReader;
import dev.kycrules.json.KycJson;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * {@code check}: decides attempt files through one engine and one in-memory store and prints the
 * decisions in input order.
 *
 * <p>With {@code --threads N} (default: the number of cores) a reader thread streams the attempts
 * to N workers, each with a bounded queue; attempts are partitioned by account id, so the attempts
 * of one account are decided in input order by one worker (throttling and re-verification depend on
 * that order). Decisions come back through a reorder window of at most {@link #WINDOW} attempts and
 * are printed in input order, so memory stays flat whatever the corpus size (the in-memory history
 * and registry still grow with the accounts and documents they hold). Across accounts, decisions
 * run concurrently; the only cross-account interaction is the document registry, whose claims are
 * atomic: when two accounts present the same document within the window, which one is first may
 * differ from a sequential run.
 */
final class CheckCommand {
  /** Most attempts read but not yet printed. */
  static final int WINDOW = 4096;
  private static final Object END = new Object();

  private CheckCommand() {}

  static int run(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of("rules", "locale", "time-zone", "audit", "threads", "store", "keys"),
        Set.of("progress"));
    if (args.positional.isEmpty()) {
      throw new Args.UsageException("name at least one attempt file");
    }
    Locale locale = args.has("locale") ? Locale.forLanguageTag(args.get("locale")) : Locale.ENGLISH;
    ZoneId zone;
    try {
      zone = args.has("time-zone") ? ZoneId.of(args.get("time-zone")) : ZoneId.of("UTC");
    } catch (java.time.DateTimeException e) {
      throw new Args.UsageException("--time-zone '" + args.get("time-zone") + "' is not a time zone such as UTC or Asia/Shanghai");
    }
    // one thread by default: attempts are then decided strictly in input order, across accounts too
    // (which attempt claims a shared document first); --threads keeps the order within each account
    int threads = 1;
    if (args.has("threads")) {
      try {
        threads = Integer.parseInt(args.get("threads"));
      } catch (NumberFormatException e) {
        threads = 0;
      }
      if (threads < 1 || threads > 256) {
        throw new Args.UsageException("--threads must be a whole number from 1 to 256, was '" + args.get("threads") + "'");
      }
    }
    for (String f : args.positional) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new Args.UsageException("attempt file " + f + " does not exist");
      }
    }
    KycRules.Builder builder = KycRules.builder().locale(locale).zone(zone).sessionPool(Math.max(2, threads));
    if (args.has("rules")) {
      builder.rules(Path.of(args.get("rules")));
    }
    JsonLinesAuditSink audit = args.has("audit") ? JsonLinesAuditSink.append(Path.of(args.get("audit"))) : null;
    if (audit != null) {
      builder.audit(audit);
    }
    Progress progress = new Progress(err, args.has("progress"));
    int invalid;
    try (StoreOptions store = StoreOptions.configure(builder, args.get("store"), args.get("keys"));
        KycRulesEngine engine = builder.build()) {
      progress.start();
      invalid = threads == 1
          ? sequential(engine, args.positional, locale, zone, out, err, progress)
          : parallel(engine, args.positional, locale, zone, out, err, progress, threads);
    } finally {
      if (audit != null) {
        audit.close();
      }
    }
    out.flush();
    if (args.has("progress") || threads > 1) {
      progress.summary(); // plain runs keep stderr for input errors only
    }
    return invalid == 0 ? 0 : 2;
  }

  private static int sequential(KycRulesEngine engine, List<String> files, Locale locale, ZoneId zone, PrintStream out,
      PrintStream err, Progress progress) {
    int invalid = 0;
    for (String f : files) {
      try (AttemptReader reader = AttemptReader.open(Path.of(f))) {
        while (reader.hasNext()) {
          AttemptReader.Item item = reader.next();
          if (!item.ok()) {
            err.println(item.describeError());
            invalid++;
            continue;
          }
          Decision d = engine.evaluate(item.attempt(), locale, zone);
          out.println(KycJson.writeDecision(d));
          progress.decided();
        }
      }
    }
    return invalid;
  }

  /** One attempt (or unreadable item) with its position in the input. */
  private record Task(long seq, AttemptReader.Item item) {}

  /** What goes to stdout (a decision) or stderr (an unreadable item), or a failure to rethrow. */
  private record Output(String line, boolean error, RuntimeException failure) {}

  private static int parallel(KycRulesEngine engine, List<String> files, Locale locale, ZoneId zone, PrintStream out,
      PrintStream err, Progress progress, int threads) {
    Semaphore window = new Semaphore(WINDOW);
    Map<Long, Output> done = new HashMap<>();
    Object lock = new Object();
    long[] total = {-1};
    RuntimeException[] readFailure = {null};
    List<BlockingQueue<Object>> queues = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      BlockingQueue<Object> q = new ArrayBlockingQueue<>(256);
      queues.add(q);
      Thread t = new Thread(() -> {
        try {
          for (Object o = q.take(); o != END; o = q.take()) {
            Task task = (Task) o;
            Output result;
            try {
              result = task.item().ok()
                  ? new Output(KycJson.writeDecision(engine.evaluate(task.item().attempt(), locale, zone)), false, null)
                  : new Output(task.item().describeError(), true, null);
            } catch (RuntimeException e) {
              result = new Output(null, false, e);
            }
            synchronized (lock) {
              done.put(task.seq(), result);
              lock.notifyAll();
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "kyc-check-worker-" + w);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
    Thread reader = new Thread(() -> {
      long seq = 0;
      try {
        for (String f : files) {
          try (AttemptReader r = AttemptReader.open(Path.of(f))) {
            while (r.hasNext()) {
              AttemptReader.Item item = r.next();
              window.acquire();
              // the attempts of one account always go to the same worker, in input order
              int w = item.ok() ? Math.floorMod(item.attempt().accountId().hashCode(), threads) : (int) (seq % threads);
              queues.get(w).put(new Task(seq++, item));
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        synchronized (lock) {
          readFailure[0] = e;
        }
      } finally {
        for (BlockingQueue<Object> q : queues) {
          try {
            q.put(END);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        synchronized (lock) {
          total[0] = seq;
          lock.notifyAll();
        }
      }
    }, "kyc-check-reader");
    reader.setDaemon(true);
    reader.start();

    int invalid = 0;
    try {
      for (long next = 0; ; next++) {
        Output o;
        synchronized (lock) {
          while (!done.containsKey(next) && (total[0] < 0 || next < total[0])) {
            lock.wait();
          }
          o = done.remove(next);
        }
        if (o == null) { // every attempt printed
          break;
        }
        window.release();
        if (o.failure() != null) {
          throw o.failure();
        }
        if (o.error()) {
          err.println(o.line());
          invalid++;
        } else {
          out.println(o.line());
          progress.decided();
        }
      }
      synchronized (lock) {
        if (readFailure[0] != null) {
          throw readFailure[0];
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      reader.interrupt();
      workers.forEach(Thread::interrupt);
    }
    return invalid;
  }

  /** Progress lines and the final summary, on stderr. */
  private static final class Progress {
    private final PrintStream err;
    private final boolean lines;
    private long start;
    private long lastLine;
    private long count;

    Progress(PrintStream err, boolean lines) {
      this.err = err;
      this.lines = lines;
    }

    void start() {
      start = System.nanoTime();
      lastLine = start;
    }

    void decided() {
      count++;
      if (lines && (count & 1023) == 0) {
        long now = System.nanoTime();
        if (now - lastLine >= 1_000_000_000L) {
          lastLine = now;
          double s = (now - start) / 1e9;
          err.printf(Locale.ROOT, "decided %d attempts, %.0f/s%n", count, count / s);
        }
      }
    }

    void summary() {
      double s = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "decided %d attempts in %.1f s (%.0f/s)%n", count, s, s > 0 ? count / s : 0.0);
    }
  }
}
