package dev.kycrules.drools;

import dev.kycrules.audit.AuditSink;
import dev.kycrules.check.NameMatcher;
import dev.kycrules.check.NumberSchemes;
import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.DecisionPipeline;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.ruleset.RuleSetFiles;
import dev.kycrules.store.AttemptHistory;
import dev.kycrules.store.DocumentRegistry;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.InMemoryAttemptHistory;
import dev.kycrules.store.InMemoryDocumentRegistry;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.List;
import java.util.Objects;

/**
 * Entry point: builds a {@link KycRulesEngine} from the shipped rules or a rule-set directory.
 *
 * <pre>{@code
 * KycRulesEngine engine = KycRules.builder().build();          // shipped rules, in-memory stores
 * Decision d = engine.evaluate(attempt);
 * }</pre>
 *
 * <p>Every option has a default: the shipped rules, in-memory registry and history, a random
 * fingerprint key (fine while the registry lives in memory; give a persistent key with a persistent
 * registry), English texts and UTC.
 */
public final class KycRules {
  private KycRules() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Options for one engine. Not thread-safe; {@link #build()} returns an immutable engine. */
  public static final class Builder {
    private Path rulesDir;
    private DocumentRegistry registry;
    private AttemptHistory history;
    private Fingerprinter fingerprinter;
    private NameMatcher names;
    private NumberSchemes schemes;
    private AuditSink audit = AuditSink.NONE;
    private Locale locale = Locale.ENGLISH;
    private ZoneId zone = ZoneId.of("UTC");
    private int poolSize = Math.max(2, Runtime.getRuntime().availableProcessors());

    private ReloadListener listener;
    private java.time.Duration debounce;

    private Builder() {}

    /**
     * Reloads the rule-set directory by itself when its files change, once they have been quiet
     * for {@code debounce} (for example 500 ms). Needs {@link #rules(Path)}.
     */
    public Builder watch(java.time.Duration debounce) {
      if (debounce == null || debounce.isNegative()) {
        throw new IllegalArgumentException("debounce must be zero or positive");
      }
      this.debounce = debounce;
      return this;
    }

    /** Told about every reload: the new version, or why an edit was rejected. */
    public Builder reloadListener(ReloadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    ReloadListener listener() {
      return listener;
    }

    java.time.Duration debounce() {
      return debounce;
    }

    /** Loads DRL, policy and tables from a rule-set directory instead of the shipped rules. */
    public Builder rules(Path dir) {
      this.rulesDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    public Builder registry(DocumentRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    public Builder history(AttemptHistory history) {
      this.history = Objects.requireNonNull(history, "history");
      return this;
    }

    /** The keys for document fingerprints; required in practice with a persistent registry. */
    public Builder fingerprinter(Fingerprinter fingerprinter) {
      this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
      return this;
    }

    public Builder nameMatcher(NameMatcher names) {
      this.names = Objects.requireNonNull(names, "names");
      return this;
    }

    public Builder numberSchemes(NumberSchemes schemes) {
      this.schemes = Objects.requireNonNull(schemes, "schemes");
      return this;
    }

    public Builder audit(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /** The locale used when an evaluation does not name one. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The time zone for times in texts when an evaluation does not name one. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** How many Drools sessions to keep ready (default: number of cores, at least 2). */
    public Builder sessionPool(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("session pool size must be at least 1, was " + size);
      }
      this.poolSize = size;
      return this;
    }

    /**
     * Builds the engine, compiling the rule-set directory if one was given.
     *
     * @throws RuleSetInvalidException when the directory's rules or data do not load
     */
    public KycRulesEngine build() {
      if (debounce != null && rulesDir == null) {
        throw new IllegalStateException("watch() needs rules(dir): the shipped rules never change");
      }
      CompiledRuleSet compiled = rulesDir == null ? shipped(poolSize) : load(RuleSetFiles.fromDirectory(rulesDir), poolSize);
      return new KycRulesEngine(compiled, rulesDir, poolSize, this);
    }

    DecisionPipeline.Parts parts(java.util.function.Supplier<CompiledRuleSet> rules) {
      return new DecisionPipeline.Parts(rules,
          registry != null ? registry : new InMemoryDocumentRegistry(),
          history != null ? history : new InMemoryAttemptHistory(),
          fingerprinter != null ? fingerprinter : Fingerprinter.ephemeral(),
          names,
          schemes != null ? schemes : NumberSchemes.defaults(),
          audit, locale, zone);
    }
  }

  /** The files {@link #writeShippedRules} writes, relative to the directory. */
  static final List<String> LAYOUT_DATA = List.of("policy.json", "accepted-documents.json", "catalog.json", "texts/en.json");

  /**
   * Writes the shipped rule set out as a rule-set directory to start from: {@code rules/*.drl},
   * policy.json, accepted-documents.json, catalog.json and texts/en.json.
   *
   * @return the paths written, relative to {@code dir}
   * @throws KycException when {@code dir} exists and is not empty (nothing is overwritten)
   */
  public static List<String> writeShippedRules(Path dir) {
    try {
      if (java.nio.file.Files.isDirectory(dir)) {
        try (var s = java.nio.file.Files.list(dir)) {
          if (s.findAny().isPresent()) {
            throw new dev.kycrules.engine.KycException(dir + " is not empty; choose a new or empty directory");
          }
        }
      }
      RuleSetFiles files = ShippedRules.files();
      List<String> written = new java.util.ArrayList<>();
      for (var e : files.files().entrySet()) {
        String rel = e.getKey();
        if (!rel.startsWith("rules/") && !LAYOUT_DATA.contains(rel)) {
          continue;
        }
        Path target = dir.resolve(rel);
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, e.getValue());
        written.add(rel);
      }
      return written;
    } catch (java.io.IOException e) {
      throw new dev.kycrules.engine.KycException("cannot write the rule set to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the shipped rules. The KieBase loads on a second thread while this one parses the data
   * files: both are mostly class loading, and together they are most of a cold start.
   */
  static CompiledRuleSet shipped(int poolSize) {
    java.util.concurrent.FutureTask<org.kie.api.KieBase> base = new java.util.concurrent.FutureTask<>(ShippedRules::kieBase);
    Thread loader = new Thread(base, "kyc-rules-load");
    loader.setDaemon(true);
    loader.start();
    RuleSetData data = RuleSetData.parse(ShippedRules.files());
    try {
      return new CompiledRuleSet(data, new DroolsRuleRunner(base.get(), poolSize));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.kycrules.engine.KycException("interrupted while loading the shipped rules", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new dev.kycrules.engine.KycException("cannot load the shipped rules: " + e.getCause(), e.getCause());
    }
  }

  /** Parses and compiles a rule set given as files (directory layout). */
  static CompiledRuleSet load(RuleSetFiles files, int poolSize) {
    if (files.has(RuleSetData.ACCEPTED_CSV) && files.has("accepted-documents.json")) {
      throw new RuleSetInvalidException(files.origin(), List.of(new RuleDiagnostic(RuleSetData.ACCEPTED_CSV, 1, 1,
          RuleDiagnostic.Severity.ERROR, "both accepted-documents.csv and accepted-documents.json exist; keep one")));
    }
    RuleSetFiles full = RuleSetData.coreDefaults().overlay(files);
    RuleSetData data = RuleSetData.parse(full);
    return new CompiledRuleSet(data, new DroolsRuleRunner(RuleCompiler.compile(full), poolSize));
  }
}
