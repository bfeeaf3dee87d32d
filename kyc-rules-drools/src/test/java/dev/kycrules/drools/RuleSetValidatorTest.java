package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.drools.RuleDiagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetValidatorTest {
  @TempDir
  static Path tmp;
  static Path shipped;

  @BeforeAll
  static void writeShipped() {
    shipped = tmp.resolve("shipped");
    KycRules.writeShippedRules(shipped);
  }

  static Path copy(String name) throws IOException {
    Path to = tmp.resolve(name);
    try (var s = Files.walk(shipped)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(shipped.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertThat(s).contains(from);
    Files.writeString(file, s.replace(from, to));
  }

  static List<String> errors(List<RuleDiagnostic> ds) {
    return ds.stream().filter(d -> d.severity() == Severity.ERROR).map(RuleDiagnostic::toString).toList();
  }

  @Test
  void shippedRulesPassWithoutErrorsOrWarnings() {
    assertThat(RuleSetValidator.validate(shipped)).isEmpty();
  }

  @Test
  void forbiddenCodeIsReportedWithItsLine() throws IOException {
    Path dir = copy("evil");
    Files.writeString(dir.resolve("rules/evil.drl"), """
        package dev.kycrules.rules;

        import dev.kycrules.model.FaceCapture;
        import dev.kycrules.decision.Evidence;
        import java.io.File;
        global dev.kycrules.policy.EvaluationPolicy policy;
        global dev.kycrules.rules.Findings findings;
        global java.util.List leak;

        function void wipe() { }

        rule "Evil"
            @code("FACE_BLURRY")
        when
            $f : FaceCapture( faceDetected == true,
                 sharpness.getClass().getName() in ("a"), similarity matches $f.getClass().toString() )
            eval(true)
        then
            findings.raise(kcontext, Evidence.metric("x", 1, 2));
            System.exit(1);
            java.lang.Runtime.getRuntime().exec("rm -rf /");
            drools.halt();
        end

        rule "No code"
        when
            FaceCapture( )
        then
            findings.raise(kcontext);
        end
        """);
    List<String> errors = errors(RuleSetValidator.validate(dir));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:5:1: import java.io.File is not allowed"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:8:1: global java.util.List leak"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:10:1: function wipe"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:16:") && e.contains("getClass"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:17:5:") && e.contains("eval"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:20:5:") && e.contains("System"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:20:") && e.contains("exit"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:21:") && e.contains("java.lang.Runtime"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:22:5:") && e.contains("drools"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/evil.drl:25:1:") && e.contains("@code"));
  }

  @Test
  void syntaxErrorIsLocated() throws IOException {
    Path dir = copy("syntax");
    replace(dir.resolve("rules/face.drl"), "$f : FaceCapture( faceDetected == true, sharpness < policy.limit(\"FACE_BLURRY\") )",
        "$f : FaceCapture( faceDetected == true, sharpness < policy.limit(\"FACE_BLURRY\") ");
    List<String> errors = errors(RuleSetValidator.validate(dir));
    assertThat(errors).isNotEmpty().allMatch(e -> e.startsWith("rules/face.drl:"));
    assertThat(errors.get(0)).startsWith("rules/face.drl:49:1: syntax error: mismatched input 'then'");
  }

  @Test
  void typoInFieldIsCaughtByCompileWithItsLine() throws IOException {
    Path dir = copy("typo");
    replace(dir.resolve("rules/photo-quality.drl"), "$c : DocumentCapture( glare > policy",
        "$c : DocumentCapture( glaer > policy");
    List<String> errors = errors(RuleSetValidator.validate(dir));
    assertThat(errors).anyMatch(e -> e.equals("rules/photo-quality.drl:23:27: cannot compile the condition"
        + " glaer > policy.limit(\"DOC_IMAGE_GLARE\"): DocumentCapture has no field or method 'glaer'"));
  }

  @Test
  void dataProblemsAreLocated() throws IOException {
    Path dir = copy("data");
    replace(dir.resolve("policy.json"), "\"DOC_IMAGE_GLARE\": 0.10", "\"DOC_IMAGE_GLARE\": 1.5");
    replace(dir.resolve("policy.json"), "\"DOC_EXPIRES_SOON\": 30", "\"DOC_EXPIRE_SOON\": 30");
    Files.delete(dir.resolve("accepted-documents.json"));
    Files.writeString(dir.resolve("accepted-documents.csv"), """
        country,type,nonExpiringAllowed
        *,PASSPORT,
        CN,NATIONAL_ID,true
        XX,PASSPORT,
        CN,NATIONAL_ID,false
        ES,DRIVERS_LICENSE,
        """);
    List<String> errors = errors(RuleSetValidator.validate(dir));
    assertThat(errors).anyMatch(e -> e.startsWith("policy.json:4:24: limit \"DOC_IMAGE_GLARE\" is a score between 0 and 1"));
    assertThat(errors).anyMatch(e -> e.startsWith("policy.json:18:5: unknown limit \"DOC_EXPIRE_SOON\""));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/expiry.drl:23:69:") && e.contains("no limit \"DOC_EXPIRES_SOON\""));
    assertThat(errors).anyMatch(e -> e.startsWith("accepted-documents.csv:4:1: country 'XX'"));
    assertThat(errors).anyMatch(e -> e.startsWith("accepted-documents.csv:5:1: duplicate row CN,NATIONAL_ID (first at line 3)"));
    assertThat(errors).anyMatch(e -> e.startsWith("accepted-documents.csv:6:4: type 'DRIVERS_LICENSE'"));
  }

  @Test
  void unknownCodeAndMissingTextsAreErrors() throws IOException {
    Path dir = copy("codes");
    replace(dir.resolve("rules/face.drl"), "@code(\"FACE_BACKLIT\")", "@code(\"FACE_BACKLIGHT\")");
    Files.writeString(dir.resolve("catalog.json"), """
        {
          "codes": {
            "FACE_TOO_OLD": { "category": "FACE", "disposition": "RETRYABLE" }
          }
        }
        """);
    List<String> errors = errors(RuleSetValidator.validate(dir));
    assertThat(errors).anyMatch(e -> e.startsWith("catalog.json:3:5: code FACE_TOO_OLD has no English message, remediation, operatorNote"));
    assertThat(errors).anyMatch(e -> e.startsWith("rules/face.drl:") && e.contains("FACE_BACKLIGHT is not in the catalog"));
  }

  @Test
  void unreachableBandIsAWarning() throws IOException {
    Path dir = copy("band");
    replace(dir.resolve("policy.json"), "\"FACE_MATCH_INCONCLUSIVE\": 0.75", "\"FACE_MATCH_INCONCLUSIVE\": 0.55");
    List<RuleDiagnostic> ds = RuleSetValidator.validate(dir);
    assertThat(errors(ds)).isEmpty();
    assertThat(ds).anyMatch(d -> d.severity() == Severity.WARNING && d.file().equals("rules/face.drl")
        && d.message().contains("\"Face match is inconclusive\" can never fire with the standard limits"));
  }
}
