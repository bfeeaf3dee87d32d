package dev.kycrules.examples.gen;

import dev.kycrules.check.ChineseResidentId;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.Camera;
import dev.kycrules.model.DocumentCapture;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.Occlusion;
import dev.kycrules.model.PartialDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic stream of realistic attempts for benchmarks, load tests and corpus generation.
 * About 70% are clean (with harmless noise: accents, case, token order, punctuation in numbers,
 * ordinary glasses, re-verification by the same account); the rest carry one to three faults
 * (about 60/28/12%) drawn from every category: photo quality, face, info mismatch, expiry,
 * document type, duplicate document and throttling.
 *
 * <p>The stream is self-contained: the history that throttling needs and the registry entries that
 * duplicates need are created by earlier attempts in the same stream (a burst of failures by one
 * account, an approved attempt by the document's first owner), so feeding it to any engine in order
 * gives meaningful decisions without seeding stores. Same seed, same stream.
 */
public final class AttemptGenerator {
  /** Fault categories, one per reason category of the rules. */
  public enum Category { PHOTO_QUALITY, FACE, INFO_MISMATCH, EXPIRY, DOCUMENT_TYPE, DUPLICATE, THROTTLING }

  private static final String[] COUNTRIES = {"ES", "DE", "FR", "IT", "GB", "US", "CN", "BR", "IN", "JP", "NL", "PL",
      "MX", "CA", "AU", "SE"};
  private static final String[] GIVEN = {"María", "José", "Zoë", "Jürgen", "Anaïs", "Wei", "Li", "Priya", "John",
      "Emma", "Łukasz", "Søren", "Ana", "Chloé", "Mohammed", "Hiro", "Sofia", "Lucas", "Noah", "Olivia"};
  private static final String[] FAMILY = {"García López", "Müller", "Dubois", "Rossi", "Smith", "Zhang", "Silva",
      "Sharma", "Tanaka", "de Vries", "Kowalski", "Hernández", "Brown", "Nguyen", "Andersson", "O'Brien"};
  private static final DocumentType[] ACCEPTED = {DocumentType.PASSPORT, DocumentType.NATIONAL_ID,
      DocumentType.DRIVING_LICENCE, DocumentType.RESIDENCE_PERMIT};

  private final SplittableRandom rnd;
  private final ArrayDeque<Attempt> pending = new ArrayDeque<>();
  private final List<Attempt> approvedRecently = new ArrayList<>();
  private final ArrayDeque<Attempt> maturing = new ArrayDeque<>();
  private final ArrayDeque<Long> maturingAt = new ArrayDeque<>();
  private final int duplicateDistance;
  private long emitted;
  private Instant clock = Instant.parse("2026-11-01T00:00:00Z");
  private long seq;

  /** A stream whose duplicates reuse a document approved at least 64 attempts earlier. */
  public AttemptGenerator(long seed) {
    this(seed, 64);
  }

  /**
   * @param duplicateDistance a duplicate reuses a document first seen at least this many attempts
   *     earlier; make it larger than any reordering window of a parallel consumer (the CLI keeps at
   *     most a few thousand attempts in flight), so the first owner is always decided first
   */
  public AttemptGenerator(long seed, int duplicateDistance) {
    this.rnd = new SplittableRandom(seed);
    this.duplicateDistance = duplicateDistance;
  }

  /** The next attempt of the stream. */
  public Attempt next() {
    if (pending.isEmpty()) {
      scenario();
    }
    emitted++;
    while (!maturingAt.isEmpty() && maturingAt.peek() + duplicateDistance <= emitted) {
      maturingAt.poll();
      Attempt a = maturing.poll();
      if (approvedRecently.size() < 512) {
        approvedRecently.add(a);
      } else {
        approvedRecently.set(rnd.nextInt(512), a);
      }
    }
    return pending.poll();
  }

  /** The next {@code n} attempts. */
  public List<Attempt> next(int n) {
    List<Attempt> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  private Instant tick() {
    clock = clock.plusSeconds(1 + rnd.nextInt(4));
    return clock;
  }

  private String id(String prefix) {
    return prefix + "-" + Long.toString(++seq, 36);
  }

  private void scenario() {
    double p = rnd.nextDouble();
    if (p < 0.06 && !approvedRecently.isEmpty()) { // re-verification by the same account, same document: clean
      Attempt prior = approvedRecently.get(rnd.nextInt(approvedRecently.size()));
      pending.add(noise(prior.withAttemptId(id("att")).withSubmittedAt(tick())));
      return;
    }
    if (p < 0.72) {
      Attempt a = noise(clean(id("acc"), tick()));
      remember(a);
      pending.add(a);
      return;
    }
    double q = rnd.nextDouble();
    int faults = q < 0.61 ? 1 : q < 0.88 ? 2 : 3;
    if (rnd.nextInt(25) == 0) { // a throttling burst: 4 or 6 attempts of which all but the last are failures
      throttleBurst();
      return;
    }
    List<Category> cats = new ArrayList<>();
    for (int i = 0; i < faults; i++) {
      cats.add(Category.values()[rnd.nextInt(Category.THROTTLING.ordinal())]);
    }
    if (cats.contains(Category.THROTTLING)) {
      throttleBurst();
      return;
    }
    Attempt a;
    if (cats.contains(Category.DUPLICATE) && !approvedRecently.isEmpty()) {
      Attempt owner = approvedRecently.get(rnd.nextInt(approvedRecently.size()));
      Applicant o = owner.applicant();
      // the same person and document, a second account
      a = owner.withAttemptId(id("att")).withSubmittedAt(tick())
          .withApplicant(new Applicant(id("acc"), o.fullName(), o.dateOfBirth(), o.countryOfIssue(), o.documentType(),
              o.documentNumber()));
    } else {
      a = clean(id("acc"), tick());
    }
    for (Category c : cats) {
      a = fault(a, c);
    }
    pending.add(a);
  }

  private void remember(Attempt a) {
    maturing.add(a);
    maturingAt.add(emitted + 1); // emitted as the next attempt
  }

  /** Failures by one account close together, then an attempt that throttling stops. */
  private void throttleBurst() {
    String account = id("acc");
    Attempt base = clean(account, tick());
    boolean limit = rnd.nextBoolean();
    // cooldown: 3 failures within an hour, then a 4th attempt; limit: 5 failures 25 h apart, then a 6th
    int failures = limit ? 5 : 3;
    Duration gap = limit ? Duration.ofHours(25) : Duration.ofMinutes(10);
    Instant t = base.submittedAt();
    for (int i = 0; i < failures; i++) {
      Attempt f = fault(base.withAttemptId(id("att")).withSubmittedAt(t), Category.PHOTO_QUALITY);
      pending.add(f);
      t = t.plus(gap);
    }
    pending.add(base.withAttemptId(id("att")).withSubmittedAt(t.minus(gap).plusSeconds(600)));
  }

  /** A clean attempt for a new person. */
  private Attempt clean(String account, Instant at) {
    String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
    DocumentType type = ACCEPTED[rnd.nextInt(ACCEPTED.length)];
    String given = GIVEN[rnd.nextInt(GIVEN.length)];
    String family = FAMILY[rnd.nextInt(FAMILY.length)];
    LocalDate dob = LocalDate.of(1950 + rnd.nextInt(55), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    String number = country.equals("CN") && type == DocumentType.NATIONAL_ID ? cnId(dob) : genericNumber();
    LocalDate today = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
    LocalDate issue = today.minusDays(60 + rnd.nextInt(3000));
    LocalDate expiry = today.plusDays(60 + rnd.nextInt(3000));
    String docName = (family + " " + given).toUpperCase(Locale.ROOT);
    Applicant applicant = new Applicant(account, given + " " + family, dob, country,
        rnd.nextInt(10) == 0 ? null : type, rnd.nextInt(5) == 0 ? null : number);
    DocumentData doc = new DocumentData(type, country, number, docName, PartialDate.of(dob), issue, expiry);
    DocumentCapture capture = new DocumentCapture(u(0.65, 0.98), u(0.0, 0.06), u(0.35, 0.75), 4, u(0.40, 0.90),
        rnd.nextInt(8) == 0 ? null : u(0.0, 0.30), rnd.nextInt(8) == 0 ? null : u(0.0, 0.30),
        rnd.nextInt(10) == 0 ? Camera.UPLOAD : Camera.REAR);
    FaceCapture face = new FaceCapture(true, u(0.35, 0.80), false, u(0.55, 0.98),
        rnd.nextInt(6) == 0 ? List.of(Occlusion.GLASSES) : List.of(), u(0.85, 0.99), Liveness.PASSED);
    return new Attempt(id("att"), at, applicant, doc, rnd.nextInt(100) == 0 ? null : capture,
        rnd.nextInt(100) == 0 ? null : face);
  }

  /** Harmless variation that every engine must tolerate. */
  private Attempt noise(Attempt a) {
    Applicant ap = a.applicant();
    String name = ap.fullName();
    switch (rnd.nextInt(6)) {
      case 0 -> name = name.toUpperCase(Locale.ROOT);
      case 1 -> {
        String[] t = name.split(" ");
        name = t[t.length - 1] + "  " + String.join(" ", java.util.Arrays.copyOf(t, t.length - 1));
      }
      case 2 -> name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      default -> { }
    }
    String number = ap.documentNumber();
    if (number != null && rnd.nextInt(4) == 0 && number.length() > 4) {
      number = number.substring(0, 3) + "-" + number.substring(3).toLowerCase(Locale.ROOT);
    }
    return a.withApplicant(new Applicant(ap.accountId(), name, ap.dateOfBirth(), ap.countryOfIssue(), ap.documentType(),
        number));
  }

  private Attempt fault(Attempt a, Category c) {
    return switch (c) {
      case PHOTO_QUALITY -> photoFault(a);
      case FACE -> faceFault(a);
      case INFO_MISMATCH -> infoFault(a);
      case EXPIRY -> expiryFault(a);
      case DOCUMENT_TYPE -> typeFault(a);
      case DUPLICATE -> a; // made by reusing an approved document (see scenario)
      case THROTTLING -> a; // made by a burst (see scenario)
    };
  }

  private Attempt photoFault(Attempt a) {
    DocumentCapture c = a.documentCapture() != null ? a.documentCapture()
        : new DocumentCapture(0.9, 0.01, 0.5, 4, 0.7, null, null, Camera.REAR);
    Double sharp = c.sharpness(), glare = c.glare(), bright = c.brightness(), cover = c.documentCoverage();
    Double screen = c.screenRecapture(), paper = c.paperCopy();
    Integer corners = c.cornersVisible();
    Camera cam = c.camera();
    switch (rnd.nextInt(8)) {
      case 0 -> { sharp = u(0.05, 0.45); cam = rnd.nextBoolean() ? Camera.FRONT : cam; }
      case 1 -> glare = u(0.15, 0.60);
      case 2 -> bright = u(0.02, 0.20);
      case 3 -> bright = u(0.90, 1.00);
      case 4 -> corners = 1 + rnd.nextInt(3);
      case 5 -> cover = u(0.05, 0.25);
      case 6 -> screen = u(0.55, 0.98);
      default -> paper = u(0.55, 0.98);
    }
    return a.withDocumentCapture(new DocumentCapture(sharp, glare, bright, corners, cover, screen, paper, cam));
  }

  private Attempt faceFault(Attempt a) {
    FaceCapture f = a.faceCapture() != null ? a.faceCapture()
        : new FaceCapture(true, 0.5, false, 0.9, List.of(), 0.93, Liveness.PASSED);
    Boolean detected = f.faceDetected();
    Double bright = f.brightness(), sharp = f.sharpness(), sim = f.similarity();
    Boolean backlit = f.backlit();
    List<Occlusion> occ = f.occlusions();
    Liveness live = f.liveness();
    switch (rnd.nextInt(9)) {
      case 0 -> { detected = false; bright = null; sharp = null; sim = null; }
      case 1 -> bright = u(0.02, 0.20);
      case 2 -> bright = u(0.93, 1.00);
      case 3 -> backlit = true;
      case 4 -> sharp = u(0.05, 0.35);
      case 5 -> occ = List.of(new Occlusion[] {Occlusion.MASK, Occlusion.SUNGLASSES, Occlusion.HAT}[rnd.nextInt(3)]);
      case 6 -> sim = u(0.66, 0.74);
      case 7 -> sim = u(0.10, 0.55);
      default -> live = Liveness.FAILED;
    }
    return a.withFaceCapture(new FaceCapture(detected, bright, backlit, sharp, occ, sim, live));
  }

  private Attempt infoFault(Attempt a) {
    Applicant ap = a.applicant();
    DocumentData d = a.document();
    switch (rnd.nextInt(13)) {
      case 7 -> { // a middle name printed on the document but not typed: PARTIAL, a warning
        return a.withDocument(new DocumentData(d.type(), d.countryOfIssue(), d.number(), d.fullName() + " MARIE",
            d.dateOfBirth(), d.dateOfIssue(), d.expiryDate(), d.mrz()));
      }
      case 8 -> { // a document name in kanji: cannot be compared with Latin letters
        return a.withDocument(new DocumentData(d.type(), d.countryOfIssue(), d.number(), "山田太郎",
            d.dateOfBirth(), d.dateOfIssue(), d.expiryDate(), d.mrz()));
      }
      case 9 -> { // a Cyrillic look-alike letter in the typed name
        return a.withApplicant(new Applicant(ap.accountId(), "\u0410" + ap.fullName().substring(1), ap.dateOfBirth(),
            ap.countryOfIssue(), ap.documentType(), ap.documentNumber()));
      }
      case 10 -> { // a holder below the minimum age
        LocalDate dob = LocalDate.ofInstant(a.submittedAt(), java.time.ZoneOffset.UTC).minusYears(15);
        DocumentData nd = new DocumentData(d.type(), d.countryOfIssue(),
            d.countryOfIssue().equals("CN") && d.type() == DocumentType.NATIONAL_ID ? cnId(dob) : d.number(),
            d.fullName(), PartialDate.of(dob), d.dateOfIssue(), d.expiryDate());
        return a.withDocument(nd).withApplicant(new Applicant(ap.accountId(), ap.fullName(), dob, ap.countryOfIssue(),
            ap.documentType(), ap.documentNumber() == null ? null : nd.number()));
      }
      case 11 -> { // issued after it expires
        LocalDate exp = d.expiryDate() == null ? LocalDate.of(2030, 1, 1) : d.expiryDate();
        return a.withDocument(new DocumentData(d.type(), d.countryOfIssue(), d.number(), d.fullName(), d.dateOfBirth(),
            exp.plusDays(1), exp));
      }
      case 12 -> { // no expiry date on a document that needs one
        return d.countryOfIssue().equals("CN") && d.type() == DocumentType.NATIONAL_ID ? a
            : a.withDocument(new DocumentData(d.type(), d.countryOfIssue(), d.number(), d.fullName(), d.dateOfBirth(),
                d.dateOfIssue(), null));
      }
      case 0 -> { // a different given name
        return a.withApplicant(new Applicant(ap.accountId(), GIVEN[rnd.nextInt(GIVEN.length)] + "x " + ap.fullName(),
            ap.dateOfBirth(), ap.countryOfIssue(), ap.documentType(), ap.documentNumber()));
      }
      case 1 -> {
        return a.withApplicant(new Applicant(ap.accountId(), ap.fullName(), ap.dateOfBirth().plusYears(1),
            ap.countryOfIssue(), ap.documentType(), ap.documentNumber()));
      }
      case 2 -> { // day and month swapped: needs both parts <= 12 and different
        LocalDate dob = LocalDate.of(ap.dateOfBirth().getYear(), 3 + rnd.nextInt(4), 7 + rnd.nextInt(5));
        DocumentData nd = new DocumentData(d.type(), d.countryOfIssue(),
            d.countryOfIssue().equals("CN") && d.type() == DocumentType.NATIONAL_ID ? cnId(dob) : d.number(),
            d.fullName(), PartialDate.of(dob), d.dateOfIssue(), d.expiryDate());
        LocalDate typed = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        return a.withDocument(nd).withApplicant(new Applicant(ap.accountId(), ap.fullName(), typed, ap.countryOfIssue(),
            ap.documentType(), ap.documentNumber() == null ? null : nd.number()));
      }
      case 3 -> {
        String other = ap.countryOfIssue().equals("FR") ? "BE" : "FR";
        return a.withApplicant(new Applicant(ap.accountId(), ap.fullName(), ap.dateOfBirth(), other,
            ap.documentType(), ap.documentNumber()));
      }
      case 4 -> {
        DocumentType other = d.type() == DocumentType.PASSPORT ? DocumentType.DRIVING_LICENCE : DocumentType.PASSPORT;
        return a.withApplicant(new Applicant(ap.accountId(), ap.fullName(), ap.dateOfBirth(), ap.countryOfIssue(),
            other, ap.documentNumber()));
      }
      case 5 -> {
        String n = d.number();
        char last = n.charAt(n.length() - 1);
        String typed = n.substring(0, n.length() - 1) + (last == '1' ? '7' : '1');
        return a.withApplicant(new Applicant(ap.accountId(), ap.fullName(), ap.dateOfBirth(), ap.countryOfIssue(),
            ap.documentType(), typed));
      }
      default -> { // a number that fails its scheme
        String n = d.countryOfIssue().equals("CN") && d.type() == DocumentType.NATIONAL_ID
            ? d.number().substring(0, 17) + (d.number().charAt(17) == '0' ? '1' : '0')
            : d.number() + "0123456789012345";
        DocumentData nd = new DocumentData(d.type(), d.countryOfIssue(), n, d.fullName(), d.dateOfBirth(),
            d.dateOfIssue(), d.expiryDate());
        return a.withDocument(nd).withApplicant(new Applicant(ap.accountId(), ap.fullName(), ap.dateOfBirth(),
            ap.countryOfIssue(), ap.documentType(), ap.documentNumber() == null ? null : n));
      }
    }
  }

  private Attempt expiryFault(Attempt a) {
    DocumentData d = a.document();
    LocalDate today = LocalDate.ofInstant(a.submittedAt(), java.time.ZoneOffset.UTC);
    LocalDate expiry = rnd.nextInt(3) == 0 ? today.plusDays(rnd.nextInt(31)) : today.minusDays(1 + rnd.nextInt(700));
    return a.withDocument(new DocumentData(d.type(), d.countryOfIssue(), d.number(), d.fullName(), d.dateOfBirth(),
        d.dateOfIssue() != null && d.dateOfIssue().isBefore(expiry) ? d.dateOfIssue() : expiry.minusYears(5), expiry));
  }

  private Attempt typeFault(Attempt a) {
    DocumentType t = new DocumentType[] {DocumentType.TEMPORARY_ID, DocumentType.MILITARY_ID, DocumentType.OTHER}[rnd.nextInt(3)];
    DocumentData d = a.document();
    String n = genericNumber();
    Applicant ap = a.applicant();
    return a.withDocument(new DocumentData(t, d.countryOfIssue(), n, d.fullName(), d.dateOfBirth(), d.dateOfIssue(),
            d.expiryDate()))
        .withApplicant(new Applicant(ap.accountId(), ap.fullName(), ap.dateOfBirth(), ap.countryOfIssue(),
            ap.documentType() == null ? null : t, ap.documentNumber() == null ? null : n));
  }

  private double u(double lo, double hi) {
    return Math.round((lo + rnd.nextDouble() * (hi - lo)) * 1000) / 1000.0;
  }

  private String genericNumber() {
    StringBuilder b = new StringBuilder();
    b.append((char) ('A' + rnd.nextInt(26))).append((char) ('A' + rnd.nextInt(26)));
    for (int i = 0; i < 7; i++) {
      b.append((char) ('0' + rnd.nextInt(10)));
    }
    return b.toString();
  }

  private String cnId(LocalDate dob) {
    String first17 = String.format("110105%04d%02d%02d%03d", dob.getYear(), dob.getMonthValue(), dob.getDayOfMonth(),
        rnd.nextInt(1000));
    return first17 + ChineseResidentId.checkCharacter(first17);
  }
}
