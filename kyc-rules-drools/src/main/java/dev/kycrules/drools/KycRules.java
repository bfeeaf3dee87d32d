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

    private Builder() {}

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

  static CompiledRuleSet shipped(int poolSize) {
    RuleSetData data = RuleSetData.parse(ShippedRules.files());
    return new CompiledRuleSet(data, new DroolsRuleRunner(ShippedRules.kieBase(), poolSize));
  }

  /** Parses and compiles a rule set given as files (directory layout). */
  static CompiledRuleSet load(RuleSetFiles files, int poolSize) {
    RuleSetFiles full = RuleSetData.coreDefaults().overlay(files);
    RuleSetData data = RuleSetData.parse(full);
    return new CompiledRuleSet(data, new DroolsRuleRunner(RuleCompiler.compile(full), poolSize));
  }
}
