package dev.kycrules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The facts of one verification attempt, as handed over by the host. {@code submittedAt} is "now"
 * for every time-based check, so evaluating the same attempt twice gives the same decision.
 * {@code documentCapture} and {@code faceCapture} are optional: the checks that need them do not
 * run when they are missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attempt(
    String attemptId,
    Instant submittedAt,
    Applicant applicant,
    DocumentData document,
    DocumentCapture documentCapture,
    FaceCapture faceCapture) {

  public Attempt {
    Checks.text(attemptId, "attemptId", 200);
    Checks.required(submittedAt, "submittedAt");
    Checks.required(applicant, "applicant");
    Checks.required(document, "document");
  }

  /** The account the attempt belongs to. */
  public String accountId() {
    return applicant.accountId();
  }

  public Attempt withAttemptId(String id) {
    return new Attempt(id, submittedAt, applicant, document, documentCapture, faceCapture);
  }

  public Attempt withSubmittedAt(Instant at) {
    return new Attempt(attemptId, at, applicant, document, documentCapture, faceCapture);
  }

  public Attempt withApplicant(Applicant a) {
    return new Attempt(attemptId, submittedAt, a, document, documentCapture, faceCapture);
  }

  public Attempt withDocument(DocumentData d) {
    return new Attempt(attemptId, submittedAt, applicant, d, documentCapture, faceCapture);
  }

  public Attempt withDocumentCapture(DocumentCapture c) {
    return new Attempt(attemptId, submittedAt, applicant, document, c, faceCapture);
  }

  public Attempt withFaceCapture(FaceCapture f) {
    return new Attempt(attemptId, submittedAt, applicant, document, documentCapture, f);
  }
}
