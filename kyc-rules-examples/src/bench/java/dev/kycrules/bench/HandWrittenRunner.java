package dev.kycrules.bench;

import dev.kycrules.check.AttemptStats;
import dev.kycrules.check.DateComparison;
import dev.kycrules.check.DateVerdict;
import dev.kycrules.check.DocumentFacts;
import dev.kycrules.check.MrzCheck;
import dev.kycrules.check.NameComparison;
import dev.kycrules.check.NameVerdict;
import dev.kycrules.check.NumberCheck;
import dev.kycrules.check.NumberComparison;
import dev.kycrules.check.RegistryLookup;
import dev.kycrules.decision.Evidence;
import dev.kycrules.engine.Finding;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.DocumentCapture;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.Occlusion;
import dev.kycrules.policy.EvaluationPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The yardstick: the shipped rules written by hand as a plain Java {@code if} chain. Same facts
 * (the ones {@code DecisionPipeline} prepares), same thresholds read from the same
 * {@link EvaluationPolicy} with the same {@code policy.limit("CODE")} calls, same codes, rule names
 * and evidence as the DRL under {@code kyc-rules-drools/src/main/resources/dev/kycrules/rules}.
 * {@link CrossCheck} proves it on generated attempts. Thread-safe (stateless).
 *
 * <p>Optionally it also applies per-country limits from a {@link CountryLimits} table (the
 * hand-written form of the rule-count scaling variants): one map lookup per family, as a competent
 * developer would write it.
 */
public final class HandWrittenRunner implements RuleRunner {
  private final CountryLimits countryLimits;

  public HandWrittenRunner() {
    this(null);
  }

  public HandWrittenRunner(CountryLimits countryLimits) {
    this.countryLimits = countryLimits;
  }

  @Override
  public Result run(AttemptStats s, Supplier<List<Object>> factsSupplier, EvaluationPolicy policy) {
    List<Finding> out = new ArrayList<>(4);
    // throttling.drl
    if (s.failuresInWindow() >= policy.limit("ATTEMPT_LIMIT_REACHED")) {
      out.add(new Finding("ATTEMPT_LIMIT_REACHED", "Too many failed attempts in the window",
          Evidence.metric("failuresInWindow", s.failuresInWindow(), policy.limit("ATTEMPT_LIMIT_REACHED"))
              .with("windowDays", policy.limit("ATTEMPT_LIMIT_REACHED.days"))));
    }
    if (s.consecutiveFailures() >= policy.limit("ATTEMPT_COOLDOWN_ACTIVE")
        && s.hoursSinceLastFailure() < policy.limit("ATTEMPT_COOLDOWN_ACTIVE.hours")
        && s.failuresInWindow() < policy.limit("ATTEMPT_LIMIT_REACHED")) {
      out.add(new Finding("ATTEMPT_COOLDOWN_ACTIVE", "Cooling down after failures in a row",
          Evidence.metric("consecutiveFailures", s.consecutiveFailures(), policy.limit("ATTEMPT_COOLDOWN_ACTIVE"))
              .with("lastFailureAt", s.lastFailureAt().toString())
              .with("cooldownHours", policy.limit("ATTEMPT_COOLDOWN_ACTIVE.hours"))));
    }
    if (!out.isEmpty()) {
      return new Result(out, true);
    }

    Applicant ap = null;
    DocumentData d = null;
    DocumentCapture c = null;
    FaceCapture f = null;
    NameComparison nc = null;
    DateComparison dc = null;
    NumberComparison num = null;
    NumberCheck check = null;
    RegistryLookup reg = null;
    MrzCheck mrz = null;
    DocumentFacts facts = null;
    for (Object o : factsSupplier.get()) {
      if (o instanceof Applicant x) {
        ap = x;
      } else if (o instanceof DocumentData x) {
        d = x;
      } else if (o instanceof DocumentCapture x) {
        c = x;
      } else if (o instanceof FaceCapture x) {
        f = x;
      } else if (o instanceof NameComparison x) {
        nc = x;
      } else if (o instanceof DateComparison x) {
        dc = x;
      } else if (o instanceof NumberComparison x) {
        num = x;
      } else if (o instanceof NumberCheck x) {
        check = x;
      } else if (o instanceof RegistryLookup x) {
        reg = x;
      } else if (o instanceof MrzCheck x) {
        mrz = x;
      } else if (o instanceof DocumentFacts x) {
        facts = x;
      }
    }

    // photo-quality.drl
    if (c != null) {
      if (c.sharpness() < policy.limit("DOC_IMAGE_BLURRY")) {
        out.add(new Finding("DOC_IMAGE_BLURRY", "Document photo is blurry",
            Evidence.metric("sharpness", c.sharpness(), policy.limit("DOC_IMAGE_BLURRY")).with("camera", c.camera())));
      }
      if (c.glare() > policy.limit("DOC_IMAGE_GLARE")) {
        out.add(new Finding("DOC_IMAGE_GLARE", "Document photo has glare",
            Evidence.metric("glare", c.glare(), policy.limit("DOC_IMAGE_GLARE"))));
      }
      if (c.brightness() < policy.limit("DOC_IMAGE_TOO_DARK")) {
        out.add(new Finding("DOC_IMAGE_TOO_DARK", "Document photo is too dark",
            Evidence.metric("brightness", c.brightness(), policy.limit("DOC_IMAGE_TOO_DARK"))));
      }
      if (c.brightness() > policy.limit("DOC_IMAGE_OVEREXPOSED")) {
        out.add(new Finding("DOC_IMAGE_OVEREXPOSED", "Document photo is overexposed",
            Evidence.metric("brightness", c.brightness(), policy.limit("DOC_IMAGE_OVEREXPOSED"))));
      }
      if (c.cornersVisible() < policy.limit("DOC_CORNERS_CUT_OFF")) {
        out.add(new Finding("DOC_CORNERS_CUT_OFF", "Document corners are cut off",
            Evidence.metric("cornersVisible", c.cornersVisible(), policy.limit("DOC_CORNERS_CUT_OFF"))));
      }
      if (c.documentCoverage() < policy.limit("DOC_TOO_FAR")) {
        out.add(new Finding("DOC_TOO_FAR", "Document is too far from the camera",
            Evidence.metric("documentCoverage", c.documentCoverage(), policy.limit("DOC_TOO_FAR"))));
      }
      if (c.screenRecapture() != null && c.screenRecapture() >= policy.limit("DOC_SCREEN_RECAPTURE")) {
        out.add(new Finding("DOC_SCREEN_RECAPTURE", "Document photo was taken of a screen",
            Evidence.metric("screenRecapture", c.screenRecapture(), policy.limit("DOC_SCREEN_RECAPTURE"))));
      }
      if (c.paperCopy() != null && c.paperCopy() >= policy.limit("DOC_PAPER_COPY")) {
        out.add(new Finding("DOC_PAPER_COPY", "Document photo was taken of a paper copy",
            Evidence.metric("paperCopy", c.paperCopy(), policy.limit("DOC_PAPER_COPY"))));
      }
      if (countryLimits != null && d != null) {
        countryLimits.check(d.countryOfIssue(), c, out);
      }
    }

    // face.drl
    if (f != null) {
      if (!f.faceDetected()) {
        out.add(new Finding("FACE_NOT_DETECTED", "No face in the selfie", Evidence.metric("faceDetected", false, true)));
      } else {
        if (f.brightness() < policy.limit("FACE_TOO_DARK")) {
          out.add(new Finding("FACE_TOO_DARK", "Face is too dark",
              Evidence.metric("faceBrightness", f.brightness(), policy.limit("FACE_TOO_DARK"))));
        }
        if (f.brightness() > policy.limit("FACE_TOO_BRIGHT")) {
          out.add(new Finding("FACE_TOO_BRIGHT", "Face is too bright",
              Evidence.metric("faceBrightness", f.brightness(), policy.limit("FACE_TOO_BRIGHT"))));
        }
        if (f.backlit()) {
          out.add(new Finding("FACE_BACKLIT", "Face is backlit", Evidence.metric("backlit", true, false)));
        }
        if (f.sharpness() < policy.limit("FACE_BLURRY")) {
          out.add(new Finding("FACE_BLURRY", "Face is blurry",
              Evidence.metric("faceSharpness", f.sharpness(), policy.limit("FACE_BLURRY"))));
        }
        Set<Occlusion> obstructions = f.obstructions();
        if (!obstructions.isEmpty()) {
          out.add(new Finding("FACE_OBSTRUCTED", "Face is covered by a mask, sunglasses or a hat",
              Evidence.entries("metric", "occlusions", "value", obstructions)));
        }
        if (f.similarity() >= policy.limit("FACE_MISMATCH") && f.similarity() < policy.limit("FACE_MATCH_INCONCLUSIVE")) {
          out.add(new Finding("FACE_MATCH_INCONCLUSIVE", "Face match is inconclusive",
              Evidence.metric("similarity", f.similarity(), policy.limit("FACE_MATCH_INCONCLUSIVE"))));
        }
        if (f.similarity() < policy.limit("FACE_MISMATCH")) {
          out.add(new Finding("FACE_MISMATCH", "Face does not match the document photo",
              Evidence.metric("similarity", f.similarity(), policy.limit("FACE_MISMATCH"))));
        }
        if (f.liveness() == Liveness.FAILED) {
          out.add(new Finding("LIVENESS_FAILED", "Liveness check failed", Evidence.metric("liveness", "FAILED", "PASSED")));
        }
      }
    }

    // info-mismatch.drl
    if (nc != null) {
      double fuzzy = policy.limit("DATA_NAME_FUZZY");
      if (nc.verdict() == NameVerdict.MISMATCH || (nc.verdict() == NameVerdict.FUZZY && nc.score() < fuzzy)) {
        out.add(new Finding("DATA_NAME_MISMATCH", "Name differs from the document",
            Evidence.field("fullName", nc.documentKey(), nc.typedKey())
                .with("firstDifference", nc.firstDifference())
                .with("tolerated", nc.tolerated())));
      }
      if (nc.verdict() == NameVerdict.FUZZY && nc.score() >= fuzzy) {
        out.add(new Finding("DATA_NAME_FUZZY", "Name is close to the document's but not the same",
            Evidence.field("fullName", nc.documentKey(), nc.typedKey())
                .with("score", nc.score())
                .with("threshold", fuzzy)
                .with("firstDifference", nc.firstDifference())
                .with("tolerated", nc.tolerated())));
      }
      if (nc.verdict() == NameVerdict.PARTIAL) {
        out.add(new Finding("DATA_NAME_PARTIAL", "Name leaves out parts printed on the document",
            Evidence.field("fullName", nc.documentKey(), nc.typedKey()).with("tolerated", nc.tolerated())));
      }
      if (nc.verdict() == NameVerdict.INDETERMINATE) {
        out.add(new Finding("DATA_NAME_UNVERIFIABLE", "Name cannot be compared across scripts",
            Evidence.field("fullName", nc.documentKey(), nc.typedKey())));
      }
      if (nc.confusable()) {
        out.add(new Finding("DATA_NAME_CONFUSABLE", "Typed name mixes look-alike letters from different scripts",
            Evidence.field("fullName", nc.documentKey(), nc.typedKey())
                .with("signal", "mixed-script look-alike characters")));
      }
    }
    if (dc != null && dc.verdict() == DateVerdict.MISMATCH) {
      out.add(new Finding("DATA_DOB_MISMATCH", "Date of birth differs from the document",
          Evidence.field("dateOfBirth", dc.onDocument(), dc.typed()).with("differingParts", dc.differingParts())));
    }
    if (dc != null && dc.verdict() == DateVerdict.DAY_MONTH_SWAPPED) {
      out.add(new Finding("DATA_DOB_DAY_MONTH_SWAPPED", "Day and month of birth are swapped",
          Evidence.field("dateOfBirth", dc.onDocument(), dc.typed()).with("format", "YYYY-MM-DD")));
    }
    if (ap != null && d != null) {
      if (!d.countryOfIssue().equals(ap.countryOfIssue())) {
        out.add(new Finding("DATA_ISSUING_COUNTRY_MISMATCH", "Issuing country differs from the document",
            Evidence.field("issuingCountry", d.countryOfIssue(), ap.countryOfIssue())));
      }
      if (ap.documentType() != null && d.type() != ap.documentType()) {
        out.add(new Finding("DATA_DOC_TYPE_MISMATCH", "Document type differs from the document",
            Evidence.field("documentType", d.type(), ap.documentType())));
      }
    }
    if (num != null && !num.same()) {
      out.add(new Finding("DATA_DOC_NUMBER_MISMATCH", "Document number differs from the document",
          Evidence.entries("field", "documentNumber", "firstDifference", num.firstDifference())
              .with("confusion", num.confusion())));
    }
    if (check != null && !check.valid()) {
      out.add(new Finding("DATA_DOC_NUMBER_INVALID", "Document number fails its scheme",
          Evidence.entries("field", "documentNumber", "scheme", check.scheme(), "problem", check.problem())));
    }
    if (mrz != null && !mrz.checksumFailures().isEmpty()) {
      out.add(new Finding("DATA_MRZ_CHECKSUM_FAILED", "Machine-readable zone fails its check digits",
          Evidence.entries("field", "mrz", "format", mrz.format(), "failedCheckDigits", mrz.checksumFailures())));
    }
    if (mrz != null && !mrz.inconsistentFields().isEmpty()) {
      out.add(new Finding("DATA_MRZ_INCONSISTENT", "Machine-readable zone disagrees with the printed fields",
          Evidence.entries("field", "mrz", "format", mrz.format(), "inconsistentFields", mrz.inconsistentFields())));
    }
    if ((facts != null && facts.specimen()) || (mrz != null && mrz.specimen())) {
      out.add(new Finding("DOC_SPECIMEN", "Document is a published specimen",
          Evidence.entries("field", "documentNumber", "signal", "specimen document")));
    }
    if (facts != null && facts.ageYears() < policy.limit("DATA_AGE_BELOW_MINIMUM")) {
      out.add(new Finding("DATA_AGE_BELOW_MINIMUM", "Holder is below the minimum age",
          Evidence.metric("ageYears", facts.ageYears(), policy.limit("DATA_AGE_BELOW_MINIMUM"))));
    }
    if (facts != null && !facts.incoherences().isEmpty()) {
      out.add(new Finding("DOC_DATES_INCONSISTENT", "Document dates contradict each other",
          Evidence.entries("field", "dates", "problems", facts.incoherenceNames())));
    }

    if (d != null) {
      // expiry.drl
      LocalDate expiry = d.expiryDate();
      if (expiry != null && expiry.isBefore(policy.today())) {
        out.add(new Finding("DOC_EXPIRED", "Document has expired",
            Evidence.field("expiryDate", "on or after " + policy.today(), expiry.toString())));
      }
      if (expiry != null && !expiry.isBefore(policy.today()) && policy.daysUntil(expiry) <= policy.limit("DOC_EXPIRES_SOON")) {
        out.add(new Finding("DOC_EXPIRES_SOON", "Document expires soon",
            Evidence.metric("daysUntilExpiry", policy.daysUntil(expiry), policy.limit("DOC_EXPIRES_SOON"))
                .with("expiryDate", expiry.toString())));
      }
      if (expiry == null && !policy.nonExpiringAllowed(d.countryOfIssue(), d.type())) {
        out.add(new Finding("DOC_NO_EXPIRY_NOT_ACCEPTED", "Document without expiry date is not accepted for its type",
            Evidence.field("expiryDate", "a printed expiry date", "none")
                .with("issuingCountry", d.countryOfIssue()).with("documentType", d.type())));
      }
      // document-type.drl
      DocumentType t = d.type();
      if (t == DocumentType.TEMPORARY_ID) {
        out.add(new Finding("DOCTYPE_TEMPORARY_ID", "Temporary ID is not accepted",
            Evidence.field("documentType", policy.acceptedTypes(d.countryOfIssue()), t)));
      } else if (t == DocumentType.MILITARY_ID) {
        out.add(new Finding("DOCTYPE_MILITARY_ID", "Military ID is not accepted",
            Evidence.field("documentType", policy.acceptedTypes(d.countryOfIssue()), t)));
      } else if (!policy.accepts(d.countryOfIssue(), t)) {
        out.add(new Finding("DOCTYPE_NOT_ACCEPTED", "Document type not accepted for its country",
            Evidence.field("documentType", policy.acceptedTypes(d.countryOfIssue()), t)
                .with("issuingCountry", d.countryOfIssue())));
      }
    }

    // duplicate.drl
    if (reg != null && reg.ownedByOtherAccount()) {
      out.add(new Finding("DUP_DOCUMENT_OTHER_ACCOUNT", "Document already linked to another account",
          Evidence.entries("field", "documentNumber", "linkedTo", "another account")));
    }
    return new Result(out, false);
  }
}
