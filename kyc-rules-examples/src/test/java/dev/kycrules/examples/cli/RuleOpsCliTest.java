package dev.kycrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-set commands end to end through {@link Main#run}, with real files. */
class RuleOpsCliTest {
  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertThat(s).contains(from);
    Files.writeString(file, s.replace(from, to));
  }

  /** The shipped scenario suite passes and fires every shipped rule (what CI checks). */
  @Test
  void shippedScenarioSuiteCoversEveryRule() {
    Path junit = tmp.resolve("reports/scenarios.xml");
    Run r = main("test", "--junit", junit.toString(), "--min-coverage", "100", "shipped", "scenarios");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("0 failed").contains("(100.0%)").doesNotContain("FAIL");
    assertThat(junit).content().contains("failures=\"0\"").contains("<testcase");
  }

  @Test
  void newcomerWorkflow() throws IOException {
    Path dir = tmp.resolve("my-rules");
    assertThat(main("init", dir.toString()).code()).isZero();
    assertThat(main("init", dir.toString()).code()).as("init refuses a non-empty directory").isEqualTo(1);

    // change a threshold and add a rule with its own code, catalog entry and texts
    replace(dir.resolve("policy.json"), "\"DOC_IMAGE_BLURRY\": 0.50", "\"DOC_IMAGE_BLURRY\": 0.60,\n    \"DOC_IMAGE_SOFT\": 0.75");
    Files.writeString(dir.resolve("catalog.json"), """
        { "codes": { "DOC_IMAGE_SOFT": { "category": "PHOTO_QUALITY", "disposition": "WARNING" } } }
        """);
    ObjectMapper json = new ObjectMapper();
    ObjectNode en = (ObjectNode) json.readTree(dir.resolve("texts/en.json").toFile());
    ObjectNode soft = ((ObjectNode) en.get("codes")).putObject("DOC_IMAGE_SOFT");
    soft.put("message", "Your document photo is a little soft; it was accepted.");
    soft.putArray("remediation").add("Next time, hold the phone still and tap to focus.");
    soft.put("operatorNote", "Sharpness between the blurry limit and DOC_IMAGE_SOFT.");
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("texts/en.json").toFile(), en);
    Files.writeString(dir.resolve("rules/soft.drl"), """
        package dev.kycrules.rules;

        import dev.kycrules.model.DocumentCapture;
        import dev.kycrules.decision.Evidence;

        global dev.kycrules.policy.EvaluationPolicy policy;
        global dev.kycrules.rules.Findings findings;

        rule "Document photo is a little soft"
            @code("DOC_IMAGE_SOFT")
        when
            $c : DocumentCapture( sharpness >= policy.limit("DOC_IMAGE_BLURRY"), sharpness < policy.limit("DOC_IMAGE_SOFT") )
        then
            findings.raise(kcontext, Evidence.metric("sharpness", $c.sharpness(), policy.limit("DOC_IMAGE_SOFT")));
        end
        """);
    Run valid = main("validate", dir.toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("valid (0 error(s), 0 warning(s))");

    // scenarios: the shipped suite still passes, the new rule shows up as not covered
    Run tested = main("test", dir.toString(), "scenarios");
    assertThat(tested.code()).as(tested.out()).isZero();
    assertThat(tested.out()).contains("42 of 43 rules fired").contains("rules no scenario fired:\n  Document photo is a little soft");

    // a scenario for the new rule, plus one that is wrong on purpose
    String attempt = Files.readString(Path.of("samples/01-clean.json"));
    JsonNode clean = json.readTree(attempt).get(1);
    ((ObjectNode) clean.get("documentCapture")).put("sharpness", 0.7);
    Files.writeString(tmp.resolve("soft.json"), "{\"name\": \"soft photo\", \"attempts\": [{\"attempt\": " + clean
        + ", \"expect\": {\"outcome\": \"APPROVED\", \"reasons\": [], \"warnings\": [\"DOC_IMAGE_SOFT\"]}}]}");
    Files.writeString(tmp.resolve("wrong.json"), "{\"name\": \"wrong on purpose\", \"attempts\": [{\"attempt\": " + clean
        + ", \"expect\": {\"outcome\": \"RETRY\", \"reasons\": [\"DOC_IMAGE_BLURRY\"]}}]}");
    Path junit = tmp.resolve("junit.xml");
    Run mixed = main("test", "--junit", junit.toString(), dir.toString(), tmp.resolve("soft.json").toString(),
        tmp.resolve("wrong.json").toString());
    assertThat(mixed.code()).isEqualTo(1);
    assertThat(mixed.out()).contains("PASS  " + tmp.resolve("soft.json") + "  soft photo")
        .contains("FAIL  " + tmp.resolve("wrong.json") + "  wrong on purpose")
        .contains("outcome: expected RETRY, got APPROVED")
        .contains("missing reason DOC_IMAGE_BLURRY");
    assertThat(junit).content().contains("failures=\"1\"").contains("<failure message=\"attempt 1");

    // deliberate mistakes: a syntax error and a forbidden call, each with its location
    replace(dir.resolve("rules/soft.drl"), "policy.limit(\"DOC_IMAGE_SOFT\") )\nthen",
        "policy.limit(\"DOC_IMAGE_SOFT\")\nthen");
    replace(dir.resolve("rules/face.drl"), "    findings.raise(kcontext, Evidence.metric(\"backlit\", true, false));",
        "    findings.raise(kcontext, Evidence.metric(\"backlit\", true, false));\n    System.exit(1);");
    Run broken = main("validate", dir.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err())
        .contains(dir.resolve("rules/soft.drl") + ":13:1: syntax error")
        .contains(dir.resolve("rules/face.drl") + ":43:5: rule \"Face is backlit\": type System (java.lang.System) is not allowed")
        .contains(dir.resolve("rules/face.drl") + ":43:12: rule \"Face is backlit\": calling exit(...) is not allowed");
    assertThat(broken.out()).contains("invalid");
  }

  @Test
  void diffShowsTheImpactOfATighterThreshold() throws IOException {
    Path dir = tmp.resolve("tighter");
    main("init", dir.toString());
    replace(dir.resolve("policy.json"), "\"DOC_IMAGE_BLURRY\": 0.50", "\"DOC_IMAGE_BLURRY\": 0.60");
    Run text = main("diff", "--baseline", "shipped", "--candidate", dir.toString(), "corpus/sample-corpus.jsonl");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("85 attempt(s) decided; 5 changed")
        .containsPattern("APPROVED->RETRY +4 +e\\.g\\. var-00")
        .containsPattern("DOC_IMAGE_BLURRY +5 ");
    Run json = main("diff", "--candidate", dir.toString(), "--json", "corpus/sample-corpus.jsonl");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.at("/transitions/APPROVED->RETRY/count").asInt()).isEqualTo(4);
    assertThat(report.at("/appeared/DOC_IMAGE_BLURRY/examples/0").asText()).isEqualTo("var-00");
    assertThat(report.path("disappeared").size()).isZero();
  }

  @Test
  void auditRecordsCarryVersionRulesAndLimitsButNoPersonalData() throws IOException {
    Path audit = tmp.resolve("audit/decisions.jsonl");
    List<String> samples = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      s.filter(p -> p.toString().matches(".*\\.jsonl?$")).sorted().forEach(p -> samples.add(p.toString()));
    }
    List<String> args = new ArrayList<>(List.of("check", "--audit", audit.toString()));
    args.addAll(samples);
    Run r = main(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(audit);
    assertThat(lines).hasSize((int) r.out().lines().count());

    ObjectMapper json = new ObjectMapper();
    List<String> personal = new ArrayList<>();
    for (String f : samples) {
      String text = Files.readString(Path.of(f));
      List<JsonNode> attempts = new ArrayList<>();
      if (f.endsWith(".jsonl")) {
        for (String l : text.split("\n")) {
          if (!l.isBlank()) {
            attempts.add(json.readTree(l));
          }
        }
      } else {
        JsonNode n = json.readTree(text);
        (n.isArray() ? n : json.createArrayNode().add(n)).forEach(attempts::add);
      }
      for (JsonNode a : attempts) {
        personal.add(a.at("/applicant/fullName").asText());
        personal.add(a.at("/applicant/dateOfBirth").asText());
        personal.add(a.at("/applicant/documentNumber").asText());
        personal.add(a.at("/document/fullName").asText());
        personal.add(a.at("/document/dateOfBirth").asText());
        personal.add(a.at("/document/number").asText());
      }
    }
    personal.removeIf(s -> s.isBlank());
    String all = String.join("\n", lines);
    for (String p : personal) {
      assertThat(all).as("audit must not contain %s", p).doesNotContain(p);
      assertThat(all.toUpperCase()).doesNotContain(p.toUpperCase());
    }
    JsonNode blurry = lines.stream().map(l -> {
      try {
        return json.readTree(l);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).filter(n -> n.path("attemptId").asText().equals("photo-blurry-front")).findFirst().orElseThrow();
    assertThat(blurry.path("ruleSetVersion").asText()).startsWith("sha256:");
    assertThat(blurry.at("/fired/0/rule").asText()).isEqualTo("Document photo is blurry");
    assertThat(blurry.at("/fired/0/evidence/threshold").asDouble()).isEqualTo(0.5);
    assertThat(blurry.at("/limits/DOC_IMAGE_BLURRY").asDouble()).isEqualTo(0.5);
  }
}
