package dev.kycrules.examples.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.json.KycJson;
import dev.kycrules.model.Applicant;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.DocumentCapture;
import dev.kycrules.model.DocumentData;
import dev.kycrules.model.DocumentType;
import dev.kycrules.model.FaceCapture;
import dev.kycrules.model.Liveness;
import dev.kycrules.model.PartialDate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Command-line demo of the image side of a host: picture files to capture metrics to decisions.
 * <pre>
 *   generate DIR       write the synthetic card photos into DIR and selfies into DIR/faces
 *   metrics DIR        print one JSON line per JPEG/PNG in DIR: file, capture, provenance, outline
 *   decide DIR [--face FACE_DIR --face-box X,Y,W,H] [--json]
 *                      decide each picture through one engine (shipped rules, in-memory stores)
 * </pre>
 * {@code decide} builds one attempt per picture from a fictional template (applicant Erika
 * Mustermann, passport {@code IMG000001}, {@code IMG000002}, ..., account {@code img-acc-000001}, ...,
 * submitted at {@value #SUBMITTED_AT}), so the output is the same on every run. Document pictures
 * get the measured {@code documentCapture} and a clean face capture (brightness 0.55, sharpness
 * 0.9, not backlit, similarity 0.93, liveness PASSED: what a host's face matcher and liveness
 * check would pass). With {@code --face}, each selfie in FACE_DIR is then decided with a clean
 * document capture and the face metrics measured in the given face box (the host's face detector
 * output, in pixels of the upright picture) plus the same similarity and liveness. Each line is
 * {@code file  OUTCOME  [CODES]  decision-json}; {@code --json} prints
 * {@code {"file":..., "decision":...}} lines only.
 *
 * <p>Exit status: 0 on success, 1 when some picture could not be measured, 2 on a usage error.
 */
public final class DecideImages {
  static final String USAGE = "usage: DecideImages generate DIR | metrics DIR"
      + " | decide DIR [--face FACE_DIR --face-box X,Y,W,H] [--json]";
  static final String SUBMITTED_AT = "2026-11-25T10:00:00Z";
  /** What a host's face matcher reports for a good match of the selfie to the document photo. */
  static final double SIMILARITY = 0.93;
  /** A clean selfie, for document pictures decided without one. */
  static final FaceCapture CLEAN_FACE =
      new FaceCapture(true, 0.55, false, 0.9, List.of(), SIMILARITY, Liveness.PASSED);
  /** A clean document capture, for selfies decided without a document picture. */
  static final DocumentCapture CLEAN_DOCUMENT =
      new DocumentCapture(0.9, 0.0, 0.55, 4, 0.55, null, null, null);

  private final DocumentMetricsExtractor extractor = new DocumentMetricsExtractor();
  private final FaceMetricsExtractor faces = new FaceMetricsExtractor();
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  DecideImages() {}

  public static void main(String[] args) {
    int status = new DecideImages().run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Entry point for {@code kyc-rules-cli.jar images ...}; returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return new DecideImages().run(args.toArray(String[]::new), out, err);
  }

  int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length >= 2 && args[0].equals("decide")) {
      return decideCommand(List.of(args).subList(1, args.length), out, err);
    }
    if (args.length != 2 || !(args[0].equals("generate") || args[0].equals("metrics"))) {
      err.println(USAGE);
      return 2;
    }
    Path dir = Path.of(args[1]);
    try {
      if (args[0].equals("generate")) {
        for (Path p : SyntheticCards.writeAll(dir)) {
          out.println(p);
        }
        for (Path p : SyntheticFaces.writeAll(dir.resolve("faces"))) {
          out.println(p);
        }
        return 0;
      }
      if (!Files.isDirectory(dir)) {
        err.println(dir + ": not a directory");
        return 2;
      }
      boolean failed = false;
      for (Path image : pictures(dir)) {
        try {
          out.println(json.writeValueAsString(line(image)));
        } catch (IOException | RuntimeException e) {
          err.println(image + ": " + e.getMessage());
          failed = true;
        }
      }
      return failed ? 1 : 0;
    } catch (IOException e) {
      err.println(dir + ": " + e.getMessage());
      return 1;
    }
  }

  /** The file's capture, as handed to the engine. */
  DocumentCapture measure(Path image) throws IOException {
    return extractor.measure(image);
  }

  /** One decided picture: the file, the attempt built for it and the engine's decision. */
  record Decided(Path file, Attempt attempt, Decision decision) {}

  /** The decided pictures, and whether some picture could not be measured. */
  record Run(List<Decided> decided, boolean failed) {}

  /** Where {@code decide} takes its selfies from: a folder and the face box in its pictures. */
  record FaceSource(Path dir, Region box) {}

  private int decideCommand(List<String> args, PrintStream out, PrintStream err) {
    Path dir = null;
    Path faceDir = null;
    Region box = null;
    boolean jsonOnly = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--json" -> jsonOnly = true;
        case "--face", "--face-box" -> {
          if (i + 1 >= args.size()) {
            err.println(a + " needs a value");
            err.println(USAGE);
            return 2;
          }
          String v = args.get(++i);
          if (a.equals("--face")) {
            faceDir = Path.of(v);
          } else {
            box = parseBox(v);
            if (box == null) {
              err.println("--face-box: expected X,Y,W,H in pixels (W and H positive), got '" + v + "'");
              return 2;
            }
          }
        }
        default -> {
          if (a.startsWith("--") || dir != null) {
            err.println("unexpected argument '" + a + "'");
            err.println(USAGE);
            return 2;
          }
          dir = Path.of(a);
        }
      }
    }
    if (dir == null || (faceDir == null) != (box == null)) {
      err.println(dir == null ? "decide needs a folder of pictures"
          : "--face and --face-box go together: the selfie folder and the face detector's box");
      err.println(USAGE);
      return 2;
    }
    for (Path d : faceDir == null ? List.of(dir) : List.of(dir, faceDir)) {
      if (!Files.isDirectory(d)) {
        err.println(d + ": not a directory");
        return 2;
      }
    }
    try (KycRulesEngine engine = KycRules.builder().build()) {
      Run run = decide(engine, dir, faceDir == null ? null : new FaceSource(faceDir, box), err);
      for (Decided d : run.decided()) {
        String decision = KycJson.writeDecision(d.decision());
        String file = d.file().getFileName().toString();
        if (jsonOnly) {
          ObjectNode line = json.createObjectNode();
          line.put("file", file);
          line.set("decision", json.readTree(decision));
          out.println(json.writeValueAsString(line));
        } else {
          out.println(file + "  " + d.decision().outcome() + "  " + d.decision().codes() + "  " + decision);
        }
      }
      return run.failed() ? 1 : 0;
    } catch (IOException e) {
      err.println(dir + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * Decides every picture in {@code dir} (sorted) and then, if {@code faces} is given, every selfie
   * in its folder, numbering the attempts from 1 in that order. A picture that cannot be measured
   * is reported on {@code err} and skipped; its number is not reused.
   */
  Run decide(KycRulesEngine engine, Path dir, FaceSource faces, PrintStream err) throws IOException {
    boolean failed = false;
    List<Decided> decided = new ArrayList<>();
    int n = 0;
    for (Path image : pictures(dir)) {
      n++;
      try {
        Attempt a = attempt(n, extractor.measure(image), CLEAN_FACE);
        decided.add(new Decided(image, a, engine.evaluate(a)));
      } catch (IOException | RuntimeException e) {
        err.println(image + ": " + e.getMessage());
        failed = true;
      }
    }
    if (faces != null) {
      for (Path selfie : pictures(faces.dir())) {
        n++;
        try {
          FaceCapture face = this.faces.report(selfie, faces.box()).toCapture(SIMILARITY, Liveness.PASSED, List.of());
          Attempt a = attempt(n, CLEAN_DOCUMENT, face);
          decided.add(new Decided(selfie, a, engine.evaluate(a)));
        } catch (IOException | RuntimeException e) {
          err.println(selfie + ": " + e.getMessage());
          failed = true;
        }
      }
    }
    return new Run(decided, failed);
  }

  /**
   * The attempt for picture number {@code n}: a fictional applicant (the German specimen name
   * Erika Mustermann) with her own account and passport number {@code IMG} + six digits.
   */
  static Attempt attempt(int n, DocumentCapture capture, FaceCapture face) {
    String id = String.format(Locale.ROOT, "%06d", n);
    String passport = "IMG" + id;
    LocalDate born = LocalDate.of(1983, 8, 12);
    Applicant applicant = new Applicant("img-acc-" + id, "Erika Mustermann", born, "DE",
        DocumentType.PASSPORT, passport);
    DocumentData document = new DocumentData(DocumentType.PASSPORT, "DE", passport, "MUSTERMANN ERIKA",
        PartialDate.of(born), LocalDate.of(2021, 3, 1), LocalDate.of(2031, 2, 28));
    return new Attempt("img-" + id, Instant.parse(SUBMITTED_AT), applicant, document, capture, face);
  }

  static Region parseBox(String v) {
    String[] parts = v.split(",", -1);
    if (parts.length != 4) {
      return null;
    }
    try {
      int[] n = new int[4];
      for (int i = 0; i < 4; i++) {
        n[i] = Integer.parseInt(parts[i].strip());
      }
      return n[2] > 0 && n[3] > 0 ? new Region(n[0], n[1], n[2], n[3]) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private ObjectNode line(Path image) throws IOException {
    MetricsReport report = extractor.report(image, null);
    ObjectNode node = json.createObjectNode();
    node.put("file", image.getFileName().toString());
    node.set("capture", json.valueToTree(report.capture()));
    node.set("provenance", json.valueToTree(report.provenance()));
    node.set("outline", json.valueToTree(report.outline()));
    return node;
  }

  static List<Path> pictures(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
          })
          .sorted()
          .toList();
    }
  }
}
