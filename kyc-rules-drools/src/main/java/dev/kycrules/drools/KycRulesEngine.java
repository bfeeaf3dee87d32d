package dev.kycrules.drools;

import dev.kycrules.decision.Decision;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.engine.KycEngine;
import dev.kycrules.engine.KycException;
import dev.kycrules.model.Attempt;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools-backed {@link KycEngine}. Thread-safe: the compiled rules are shared, each evaluation
 * takes its own session from a pool. Build one with {@link KycRules#builder()}.
 *
 * <p>An engine built from a rule-set directory can pick up edits: {@link #reload()} on demand, or
 * automatically when built with {@link KycRules.Builder#watch(Duration)}. A reload checks and
 * compiles on one background thread, then swaps the rule set atomically; evaluations already
 * running finish on the rule set they started with. A broken edit leaves the old rules serving and
 * is reported to the {@link ReloadListener} and the log ({@code dev.kycrules.drools.reload});
 * evaluations never see an exception from it.
 */
public final class KycRulesEngine implements KycEngine, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.kycrules.drools.reload");

  private final AtomicReference<CompiledRuleSet> current;
  private final DecisionPipeline pipeline;
  private final Path rulesDir;
  private final int poolSize;
  private final ReloadListener listener;
  private final Duration debounce;
  private final Object lifecycle = new Object();
  private ScheduledExecutorService reloader;
  private ScheduledFuture<?> pending;
  private WatchService watcher;
  private Thread watchThread;
  private volatile boolean closed;

  KycRulesEngine(CompiledRuleSet initial, Path rulesDir, int poolSize, KycRules.Builder builder) {
    this.current = new AtomicReference<>(initial);
    this.rulesDir = rulesDir;
    this.poolSize = poolSize;
    this.pipeline = new DecisionPipeline(builder.parts(current::get));
    this.listener = builder.listener();
    this.debounce = builder.debounce();
    if (debounce != null) {
      startWatching();
    }
  }

  @Override
  public Decision evaluate(Attempt attempt) {
    return pipeline.evaluate(attempt);
  }

  @Override
  public Decision evaluate(Attempt attempt, Locale locale, ZoneId zone) {
    return pipeline.evaluate(attempt, locale, zone);
  }

  @Override
  public String ruleSetVersion() {
    return current.get().version();
  }

  /** The data of the rule set in force (policy, catalog, texts). */
  public RuleSetData ruleSetData() {
    return current.get().data();
  }

  /** The rule-set directory this engine was built from, or null for the shipped rules. */
  public Path rulesDirectory() {
    return rulesDir;
  }

  /**
   * Reloads the rule-set directory on the engine's reload thread. The future completes with what
   * happened (never exceptionally for a broken edit: that is {@link ReloadResult.Status#REJECTED}).
   *
   * @throws IllegalStateException for an engine built from the shipped rules, or after close
   */
  public CompletableFuture<ReloadResult> reload() {
    if (rulesDir == null) {
      throw new IllegalStateException("this engine runs the shipped rules; build it with rules(dir) to reload");
    }
    CompletableFuture<ReloadResult> f = new CompletableFuture<>();
    executor().execute(() -> f.complete(reloadNow()));
    return f;
  }

  private ScheduledExecutorService executor() {
    synchronized (lifecycle) {
      if (closed) {
        throw new IllegalStateException("the engine is closed");
      }
      if (reloader == null) {
        reloader = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "kyc-rules-reload");
          t.setDaemon(true);
          return t;
        });
      }
      return reloader;
    }
  }

  /** Runs on the reload thread only. */
  private ReloadResult reloadNow() {
    long start = System.nanoTime();
    CompiledRuleSet old = current.get();
    ReloadResult result;
    try {
      RuleSetFiles files = RuleSetFiles.fromDirectory(rulesDir);
      String version = RuleSetData.coreDefaults().overlay(files).version();
      if (version.equals(old.version())) {
        result = new ReloadResult(ReloadResult.Status.UNCHANGED, version, old.version(), List.of(), since(start));
      } else {
        List<RuleDiagnostic> problems = RuleSetValidator.validate(files, false);
        if (RuleSetValidator.hasErrors(problems)) {
          result = new ReloadResult(ReloadResult.Status.REJECTED, old.version(), old.version(), problems, since(start));
        } else {
          CompiledRuleSet next = KycRules.load(files, poolSize);
          if (!current.compareAndSet(old, next)) {
            throw new IllegalStateException("rule set replaced concurrently"); // only this thread swaps
          }
          if (old.runner() instanceof DroolsRuleRunner r) {
            r.close(); // the pool goes once the evaluations still on it finish
          }
          result = new ReloadResult(ReloadResult.Status.RELOADED, next.version(), old.version(), problems, since(start));
        }
      }
    } catch (RuleSetInvalidException e) {
      result = new ReloadResult(ReloadResult.Status.REJECTED, old.version(), old.version(), e.diagnostics(), since(start));
    } catch (KycException | java.io.UncheckedIOException e) {
      result = new ReloadResult(ReloadResult.Status.REJECTED, old.version(), old.version(),
          List.of(new RuleDiagnostic("", 0, 0, RuleDiagnostic.Severity.ERROR, e.getMessage())), since(start));
    }
    log(result);
    if (listener != null) {
      try {
        listener.onReload(result);
      } catch (RuntimeException e) {
        LOG.warn("reload listener failed: {}", e.toString());
      }
    }
    return result;
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private void log(ReloadResult r) {
    switch (r.status()) {
      case RELOADED -> LOG.info("rule set {} reloaded as {} in {} ms", rulesDir, r.version(), r.took().toMillis());
      case UNCHANGED -> LOG.debug("rule set {} unchanged ({})", rulesDir, r.version());
      case REJECTED -> LOG.warn("rule set {} edit rejected, still serving {}; {} problem(s):\n{}", rulesDir,
          r.version(), r.diagnostics().size(), String.join("\n", r.diagnostics().stream()
              .map(RuleDiagnostic::toString).toList()));
      default -> throw new IllegalStateException();
    }
  }

  private void startWatching() {
    if (rulesDir == null) {
      throw new IllegalStateException("watch() needs rules(dir)");
    }
    try {
      watcher = FileSystems.getDefault().newWatchService();
      register(rulesDir);
    } catch (IOException e) {
      throw new KycException("cannot watch " + rulesDir + " for changes: " + e.getMessage(), e);
    }
    watchThread = new Thread(this::watchLoop, "kyc-rules-watch");
    watchThread.setDaemon(true);
    watchThread.start();
  }

  private void register(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
        p.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void watchLoop() {
    try {
      while (!closed) {
        WatchKey key = watcher.take();
        boolean created = key.pollEvents().stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.ENTRY_CREATE);
        key.reset();
        if (created) {
          register(rulesDir); // new folders such as texts/
        }
        schedule();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    } catch (IOException | RuntimeException e) {
      LOG.warn("watching {} stopped: {}; call reload() to pick up edits", rulesDir, e.toString());
    }
  }

  /** Debounce: an editor's burst of writes leads to one reload after it goes quiet. */
  private void schedule() {
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      if (pending != null) {
        pending.cancel(false);
      }
      pending = executor().schedule(this::reloadNow, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Stops watching and reloading, and releases the rule set's sessions. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      closed = true;
      if (watcher != null) {
        try {
          watcher.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
      if (reloader != null) {
        reloader.shutdownNow();
      }
    }
    if (current.get().runner() instanceof DroolsRuleRunner r) {
      r.close();
    }
  }
}
