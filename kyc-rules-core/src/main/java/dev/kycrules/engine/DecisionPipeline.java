package dev.kycrules.engine;

import dev.kycrules.audit.AuditRecord;
import dev.kycrules.audit.AuditSink;
import dev.kycrules.catalog.ReasonDefinition;
import dev.kycrules.catalog.ReasonTexts;
import dev.kycrules.catalog.RenderedText;
import dev.kycrules.catalog.TextContext;
import dev.kycrules.check.AttemptStats;
import dev.kycrules.check.DateComparison;
import dev.kycrules.check.DocumentNumbers;
import dev.kycrules.check.NameMatcher;
import dev.kycrules.check.NumberComparison;
import dev.kycrules.check.NumberSchemes;
import dev.kycrules.check.RegistryLookup;
import dev.kycrules.decision.Category;
import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Disposition;
import dev.kycrules.decision.Evidence;
import dev.kycrules.decision.Outcome;
import dev.kycrules.decision.Reason;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.policy.EvaluationPolicy;
import dev.kycrules.policy.Policy;
import dev.kycrules.store.AttemptHistory;
import dev.kycrules.store.AttemptRecord;
import dev.kycrules.store.DocumentRegistry;
import dev.kycrules.store.Fingerprint;
import dev.kycrules.store.Fingerprinter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The path of one attempt, independent of the rule engine: throttling statistics, derived facts,
 * rules, outcome, document claim, history, texts and audit. Thread-safe; each evaluation reads the
 * rule set once, so it finishes on the rule set it started with.
 */
public final class DecisionPipeline implements KycEngine {
  private static final String CLAIM_RULE = "Document claimed by another account at approval";

  private final Supplier<CompiledRuleSet> rules;
  private final DocumentRegistry registry;
  private final AttemptHistory history;
  private final Fingerprinter fingerprinter;
  private final NameMatcher names;
  private final NumberSchemes schemes;
  private final AuditSink audit;
  private final java.util.concurrent.ConcurrentMap<Double, NameMatcher> matchers = new java.util.concurrent.ConcurrentHashMap<>();
  private final dev.kycrules.check.MrzChecker mrz = new dev.kycrules.check.MrzChecker();
  private final Locale defaultLocale;
  private final ZoneId defaultZone;

  /** Wiring for {@link DecisionPipeline}; every part is required. */
  public record Parts(
      Supplier<CompiledRuleSet> rules,
      DocumentRegistry registry,
      AttemptHistory history,
      Fingerprinter fingerprinter,
      NameMatcher names /* null: the ICU matcher at the policy's DATA_NAME_FUZZY threshold */,
      NumberSchemes schemes,
      AuditSink audit,
      Locale defaultLocale,
      ZoneId defaultZone) {
    public Parts {
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(registry, "registry");
      Objects.requireNonNull(history, "history");
      Objects.requireNonNull(fingerprinter, "fingerprinter");
      Objects.requireNonNull(schemes, "schemes");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(defaultLocale, "defaultLocale");
      Objects.requireNonNull(defaultZone, "defaultZone");
    }
  }

  public DecisionPipeline(Parts p) {
    this.rules = p.rules();
    this.registry = p.registry();
    this.history = p.history();
    this.fingerprinter = p.fingerprinter();
    this.names = p.names();
    this.schemes = p.schemes();
    this.audit = p.audit();
    this.defaultLocale = p.defaultLocale();
    this.defaultZone = p.defaultZone();
  }

  @Override
  public Decision evaluate(Attempt attempt) {
    return evaluate(attempt, defaultLocale, defaultZone);
  }

  @Override
  public String ruleSetVersion() {
    return rules.get().version();
  }

  @Override
  public Decision evaluate(Attempt attempt, Locale locale, ZoneId zone) {
    Objects.requireNonNull(attempt, "attempt");
    Locale loc = locale == null ? defaultLocale : locale;
    ZoneId tz = zone == null ? defaultZone : zone;
    CompiledRuleSet rs = rules.get();
    Policy policy = rs.data().policy();
    Instant now = attempt.submittedAt();
    DocumentData doc = attempt.document();

    AttemptStats stats = stats(attempt, policy);
    EvaluationPolicy.Tier tier = stats.failuresInWindow() >= policy.stricterAfterFailures()
        ? EvaluationPolicy.Tier.STRICTER : EvaluationPolicy.Tier.STANDARD;
    EvaluationPolicy ep = new EvaluationPolicy(policy, tier, LocalDate.ofInstant(now, ZoneOffset.UTC), doc.countryOfIssue());

    dev.kycrules.check.NumberScheme scheme = schemes.forDocument(doc.countryOfIssue(), doc.type());
    String number = scheme.normalise(doc.number());
    List<Fingerprint> prints = fingerprinter.all(doc.countryOfIssue(), doc.type(), number);
    Fingerprint primary = prints.get(0); // all() is newest key first: the same value as primary(), one HMAC less

    NameMatcher matcher = names != null ? names : defaultMatcher(policy);
    RuleRunner.Result result = rs.runner().run(stats, () -> facts(attempt, scheme, number, prints, matcher, ep), ep);

    List<Reason> reasons = new ArrayList<>();
    List<Reason> warnings = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding f : result.findings()) {
      if (seen.add(f.code())) { // one reason per code: the first rule that raised it
        ReasonDefinition def = rs.data().catalog().get(f.code());
        Reason r = new Reason(f.code(), def.category(), def.disposition(), f.evidence(), f.rule(), null, null);
        (def.disposition() == Disposition.WARNING ? warnings : reasons).add(r);
      }
    }
    dev.kycrules.catalog.ReasonCatalog catalog = rs.data().catalog();
    java.util.Comparator<Reason> byCatalog = java.util.Comparator.comparingInt(r -> catalog.rank(r.code()));
    reasons.sort(byCatalog);
    warnings.sort(byCatalog);
    Outcome outcome = Decision.outcomeOf(reasons);
    if (!result.throttled() && outcome == Outcome.APPROVED) {
      String owner = registry.claim(primary, prints, attempt.accountId());
      if (!owner.equals(attempt.accountId())) {
        ReasonDefinition def = rs.data().catalog().get("DUP_DOCUMENT_OTHER_ACCOUNT");
        reasons.add(new Reason(def.code(), def.category(), def.disposition(),
            Evidence.entries("field", "documentNumber", "linkedTo", "another account", "detectedAt", "claim"),
            CLAIM_RULE, null, null));
        outcome = Decision.outcomeOf(reasons);
      }
    }
    Instant retryAfter = null;
    if (outcome == Outcome.THROTTLED) {
      retryAfter = stats.lastFailureAt().plus(Duration.ofMinutes(Math.round(ep.limit("ATTEMPT_COOLDOWN_ACTIVE.hours") * 60)));
    }
    if (!result.throttled()) {
      history.record(new AttemptRecord(attempt.accountId(), attempt.attemptId(), now, outcome, doc.type(),
          reasons.stream().map(Reason::code).toList()));
    }

    boolean retryWithSameType = (outcome == Outcome.RETRY) && stats.sameTypeFailures() + 1 >= 2;
    List<Reason> rendered = render(reasons, rs.data().texts(), loc, tz, attempt, ep, retryAfter, retryWithSameType);
    List<Reason> renderedWarnings = render(warnings, rs.data().texts(), loc, tz, attempt, ep, null, false);
    Decision decision = new Decision(attempt.attemptId(), attempt.accountId(), outcome, retryAfter, rendered,
        renderedWarnings, rs.version(), rs.data().texts().resolve(loc).toLanguageTag());
    if (audit != AuditSink.NONE) { // building the record costs more than the rules of a clean attempt
      audit.record(auditRecord(attempt, decision, ep, primary, number, result.findings()));
    }
    return decision;
  }

  private AttemptStats stats(Attempt attempt, Policy policy) {
    Instant now = attempt.submittedAt();
    Instant since = now.minus(Duration.ofMinutes(Math.round(policy.limit("ATTEMPT_LIMIT_REACHED.days") * 24 * 60)));
    List<AttemptRecord> recent = history.recent(attempt.accountId(), since, now);
    int failures = 0;
    int consecutive = 0;
    boolean streak = true;
    Instant lastFailure = null;
    int sameType = 0;
    for (AttemptRecord r : recent) { // newest first
      if (r.attemptId().equals(attempt.attemptId())) {
        continue;
      }
      if (r.failed()) {
        failures++;
        if (lastFailure == null) {
          lastFailure = r.decidedAt();
        }
        if (r.documentType() == attempt.document().type()) {
          sameType++;
        }
        if (streak) {
          consecutive++;
        }
      } else {
        streak = false;
      }
    }
    double hours = lastFailure == null ? Double.MAX_VALUE
        : lastFailure.until(now, java.time.temporal.ChronoUnit.MILLIS) / 3_600_000.0;
    return new AttemptStats(attempt.accountId(), failures, consecutive, hours, lastFailure, sameType);
  }

  /** The ICU matcher for the policy's fuzzy threshold; one per threshold value, built once. */
  private NameMatcher defaultMatcher(Policy policy) {
    Double t = policy.limits().getOrDefault("DATA_NAME_FUZZY", dev.kycrules.check.IcuNameMatcher.DEFAULT_FUZZY_THRESHOLD);
    return matchers.computeIfAbsent(t, dev.kycrules.check.IcuNameMatcher::new);
  }

  private List<Object> facts(Attempt a, dev.kycrules.check.NumberScheme scheme, String number, List<Fingerprint> prints,
      NameMatcher names /* null: the ICU matcher at the policy's DATA_NAME_FUZZY threshold */, EvaluationPolicy ep) {
    List<Object> facts = new ArrayList<>(10);
    DocumentData doc = a.document();
    facts.add(a.applicant());
    facts.add(doc);
    if (a.documentCapture() != null) {
      facts.add(a.documentCapture());
    }
    if (a.faceCapture() != null) {
      facts.add(a.faceCapture());
    }
    facts.addAll(dev.kycrules.check.FieldComparison.of(a.applicant(), doc));
    facts.add(names.compare(a.applicant().fullName(), doc.fullName(), doc.countryOfIssue()));
    facts.add(DateComparison.of(a.applicant().dateOfBirth(), doc.dateOfBirth()));
    if (a.applicant().documentNumber() != null) {
      facts.add(NumberComparison.of(scheme.normalise(a.applicant().documentNumber()), number));
    }
    facts.add(scheme.check(number, doc.dateOfBirth()));
    if (doc.mrz() != null) {
      facts.add(mrz.check(doc, ep.today()));
    }
    facts.add(new dev.kycrules.check.DocumentFacts(
        dev.kycrules.check.DocumentDates.ageInYears(doc.dateOfBirth().earliest(), ep.today()),
        dev.kycrules.check.DocumentDates.incoherences(doc.dateOfBirth(), doc.dateOfIssue(), doc.expiryDate(), ep.today()),
        dev.kycrules.check.MrzChecker.isSpecimenNumber(number)));
    Optional<String> owner = registry.ownerOf(prints);
    boolean other = owner.isPresent() && !owner.get().equals(a.accountId());
    facts.add(new RegistryLookup(other, prints.get(0).shortForm()));
    return facts;
  }

  private List<Reason> render(List<Reason> reasons, ReasonTexts texts, Locale loc, ZoneId tz, Attempt a,
      EvaluationPolicy ep, Instant retryAfter, boolean suggestOtherType) {
    if (reasons.isEmpty()) {
      return List.of();
    }
    List<Reason> out = new ArrayList<>(reasons.size());
    DocumentData doc = a.document();
    List<DocumentType> accepted = ep.acceptedTypes(doc.countryOfIssue());
    List<DocumentType> others = accepted.stream().filter(t -> t != doc.type()).toList();
    boolean first = true;
    for (Reason r : reasons) {
      List<String> hints = new ArrayList<>();
      if (r.category() == Category.PHOTO_QUALITY && a.documentCapture() != null
          && a.documentCapture().camera() == dev.kycrules.model.Camera.FRONT) {
        hints.add("FRONT_CAMERA");
      }
      if (r.category() == Category.FACE && a.faceCapture() != null && a.faceCapture().wearsGlasses()) {
        hints.add("REMOVE_GLASSES");
      }
      if (suggestOtherType && first && !others.isEmpty()) {
        hints.add("TRY_OTHER_DOCUMENT");
      }
      first = false;
      boolean typeCode = r.code().startsWith("DOCTYPE_");
      Object field = r.evidence().value("field");
      TextContext ctx = new TextContext(tz, retryAfter,
          typeCode ? accepted : others, doc.countryOfIssue(), field == null ? null : field.toString(),
          doc.expiryDate(), hints);
      RenderedText t = texts.render(r.code(), loc, ctx);
      out.add(r.withTexts(t.message(), t.remediation()));
    }
    return out;
  }

  private static AuditRecord auditRecord(Attempt a, Decision d, EvaluationPolicy ep, Fingerprint fp, String number,
      List<Finding> findings) {
    List<AuditRecord.Fired> fired = new ArrayList<>();
    for (Finding f : findings) { // every rule that fired, also when another rule raised the same code
      fired.add(new AuditRecord.Fired(f.rule(), f.code(), Redaction.redact(f.evidence())));
    }
    for (Reason r : d.reasons()) {
      if (CLAIM_RULE.equals(r.rule())) {
        fired.add(new AuditRecord.Fired(r.rule(), r.code(), Redaction.redact(r.evidence())));
      }
    }
    return new AuditRecord(a.attemptId(), a.accountId(), a.submittedAt(), d.outcome(), d.retryAfter(),
        d.ruleSetVersion(), ep.tier().name(), fired, d.warningCodes(), fp.shortForm(),
        DocumentNumbers.mask(number), ep.effectiveLimits());
  }
}
