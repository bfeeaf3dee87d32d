package dev.kycrules.drools;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Attempts for tests: a clean one and one-line variations. Specimen numbers only. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  /** The worked example printed in GB 11643-1999 itself. */
  static final String CN_ID = "11010519491231002X";

  private Fixtures() {}

  static Attempt clean() {
    return clean("att-1", "acc-1");
  }

  static Attempt clean(String attemptId, String accountId) {
    return new Attempt(attemptId, NOW,
        new Applicant(accountId, "Zhang Wei", LocalDate.of(1949, 12, 31), "CN", DocumentType.NATIONAL_ID, CN_ID),
        new DocumentData(DocumentType.NATIONAL_ID, "CN", CN_ID, "ZHANG WEI", PartialDate.parse("1949-12-31"),
            LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1)),
        capture(0.9, 0.01, 0.55, 4, 0.7, 0.02, 0.02, Camera.REAR),
        face(true, 0.55, false, 0.9, List.of(), 0.93, Liveness.PASSED));
  }

  static DocumentCapture capture(double sharp, double glare, double bright, int corners, double coverage,
      Double screen, Double paper, Camera camera) {
    return new DocumentCapture(sharp, glare, bright, corners, coverage, screen, paper, camera);
  }

  static FaceCapture face(boolean detected, Double bright, boolean backlit, Double sharp, List<Occlusion> occ,
      Double similarity, Liveness liveness) {
    return new FaceCapture(detected, bright, backlit, sharp, occ, similarity, liveness);
  }

  static Attempt withCapture(Attempt a, UnaryOperator<DocumentCapture> f) {
    return a.withDocumentCapture(f.apply(a.documentCapture()));
  }

  static DocumentCapture dc(DocumentCapture c, String metric, Object value) {
    return new DocumentCapture(
        metric.equals("sharpness") ? (Double) value : c.sharpness(),
        metric.equals("glare") ? (Double) value : c.glare(),
        metric.equals("brightness") ? (Double) value : c.brightness(),
        metric.equals("cornersVisible") ? (Integer) value : c.cornersVisible(),
        metric.equals("documentCoverage") ? (Double) value : c.documentCoverage(),
        metric.equals("screenRecapture") ? (Double) value : c.screenRecapture(),
        metric.equals("paperCopy") ? (Double) value : c.paperCopy(),
        metric.equals("camera") ? (Camera) value : c.camera());
  }

  static FaceCapture fc(FaceCapture f, String metric, Object value) {
    @SuppressWarnings("unchecked")
    List<Occlusion> occ = metric.equals("occlusions") ? (List<Occlusion>) value : f.occlusions();
    return new FaceCapture(
        metric.equals("faceDetected") ? (Boolean) value : f.faceDetected(),
        metric.equals("brightness") ? (Double) value : f.brightness(),
        metric.equals("backlit") ? (Boolean) value : f.backlit(),
        metric.equals("sharpness") ? (Double) value : f.sharpness(),
        occ,
        metric.equals("similarity") ? (Double) value : f.similarity(),
        metric.equals("liveness") ? (Liveness) value : f.liveness());
  }

  static Attempt doc(Attempt a, UnaryOperator<DocumentData> f) {
    return a.withDocument(f.apply(a.document()));
  }

  static DocumentData docWith(DocumentData d, DocumentType type, String country, String number, LocalDate expiry) {
    return new DocumentData(type, country, number, d.fullName(), d.dateOfBirth(), d.dateOfIssue(), expiry, d.mrz());
  }

  static Applicant applicant(Applicant a, String name, LocalDate dob, String country, DocumentType type, String number) {
    return new Applicant(a.accountId(), name, dob, country, type, number);
  }
}
