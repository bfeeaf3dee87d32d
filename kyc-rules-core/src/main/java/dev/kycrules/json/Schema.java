package dev.kycrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.model.InvalidAttemptException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The property names of the attempt contract, checked before binding so that a misspelt property
 * is reported as unknown (rather than as the correctly spelt one being missing).
 */
final class Schema {
  private static final Map<String, List<String>> PROPERTIES = Map.of(
      "", List.of("attemptId", "submittedAt", "applicant", "document", "documentCapture", "faceCapture"),
      "applicant", List.of("accountId", "fullName", "dateOfBirth", "issuingCountry", "documentType", "documentNumber"),
      "document", List.of("type", "issuingCountry", "number", "fullName", "dateOfBirth", "issueDate", "expiryDate", "mrz"),
      "documentCapture", List.of("sharpness", "glare", "brightness", "cornersVisible", "documentCoverage",
          "screenRecapture", "paperCopy", "camera"),
      "faceCapture", List.of("faceDetected", "brightness", "backlit", "sharpness", "occlusions", "similarity", "liveness"));

  private Schema() {}

  static void checkProperties(JsonNode attempt) {
    check(attempt, "");
    for (String part : List.of("applicant", "document", "documentCapture", "faceCapture")) {
      JsonNode n = attempt.get(part);
      if (n != null && !n.isNull()) {
        if (!n.isObject()) {
          throw new InvalidAttemptException(part, "expected a JSON object");
        }
        check(n, part);
      }
    }
  }

  private static void check(JsonNode node, String where) {
    List<String> known = PROPERTIES.get(where);
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        String path = where.isEmpty() ? name : where + "." + name;
        throw new InvalidAttemptException(path, "unknown property '" + name + "'"
            + (where.isEmpty() ? "" : " in " + where) + "; expected one of " + new TreeSet<>(known));
      }
    }
  }
}
