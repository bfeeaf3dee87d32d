package dev.kycrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.json.KycJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI on the shipped sample files: every reason code of the catalog comes out. */
class CheckCommandTest {
  static final Path SAMPLES = Path.of("samples");

  record Run(int exit, String out, String err) {
    List<Decision> decisions() {
      return out.lines().map(KycJson::readDecision).toList();
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<String> sampleFiles() throws Exception {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
  }

  @Test
  void samplesProduceEveryCatalogCode() throws Exception {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(sampleFiles());
    Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    Set<String> seen = new HashSet<>();
    for (Decision d : r.decisions()) {
      seen.addAll(d.codes());
      seen.addAll(d.warningCodes());
      d.reasons().forEach(reason -> {
        assertThat(reason.message()).isNotBlank();
        assertThat(reason.remediation()).isNotEmpty();
      });
    }
    var catalog = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(getClass().getResourceAsStream("/kyc-rules/catalog.json")).path("codes");
    Set<String> all = new HashSet<>();
    catalog.fieldNames().forEachRemaining(all::add);
    assertThat(seen).containsAll(all);
  }

  @Test
  void outputIsInInputOrderAndDeterministic() throws Exception {
    Run a = run("check", "samples/07-duplicates-and-throttling.jsonl");
    Run b = run("check", "samples/07-duplicates-and-throttling.jsonl");
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(a.decisions()).extracting(Decision::attemptId).startsWith("dup-first-owner", "dup-second-account");
    Decision throttled = a.decisions().stream().filter(d -> d.attemptId().equals("cooldown-fourth-try")).findFirst().orElseThrow();
    assertThat(throttled.retryAfter()).hasToString("2026-11-26T08:20:00Z");
  }

  @Test
  void invalidAttemptsAreReportedAndTheRestStillDecided() {
    Run r = run("check", "samples/invalid/mixed.jsonl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(
        "samples/invalid/mixed.jsonl:1: documentCapture.sharpnes: unknown property 'sharpnes' in documentCapture; expected one of [brightness, camera, cornersVisible, documentCoverage, glare, paperCopy, screenRecapture, sharpness]",
        "samples/invalid/mixed.jsonl:2: applicant.dateOfBirth: the value is not a calendar date written YYYY-MM-DD",
        "samples/invalid/mixed.jsonl:3: document.type: 'LIBRARY_CARD' is not one of PASSPORT, NATIONAL_ID, DRIVING_LICENCE, RESIDENCE_PERMIT, TEMPORARY_ID, MILITARY_ID, OTHER",
        "samples/invalid/mixed.jsonl:4: documentCapture.glare: must be between 0 and 1, was 1.7",
        "samples/invalid/mixed.jsonl:5: applicant.issuingCountry: 'ZZ' is not an ISO 3166-1 alpha-2 country code (for example CN, DE, US)",
        "samples/invalid/mixed.jsonl:6: applicant.fullName: is required");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.decisions()).extracting(Decision::attemptId).containsExactly("valid-after-invalid");
  }

  @Test
  void chineseTextsComeOutForZhCn() {
    Run r = run("check", "--locale", "zh-CN", "--time-zone", "Asia/Shanghai", "samples/02-photo-quality.jsonl");
    assertThat(r.exit()).isZero();
    for (Decision d : r.decisions()) {
      assertThat(d.locale()).isEqualTo("zh-Hans");
      assertThat(d.reasons().get(0).message()).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void usageErrorsExplainThemselves() {
    Run r = run("check");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("name at least one attempt file");
    assertThat(run("check", "no-such-file.json").err()).contains("does not exist");
    assertThat(run("check", "--time-zone", "Mars/Base", "samples/01-clean.json").err()).contains("is not a time zone");
    assertThat(run("frobnicate").exit()).isEqualTo(1);
  }

  @Test
  void explainShowsTheOperatorNoteInTheRequestedLanguage() {
    Run r = run("explain", "--locale", "ru", "DOC_SCREEN_RECAPTURE", "DATA_DOC_NUMBER_INVALID");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("DOC_SCREEN_RECAPTURE  (PHOTO_QUALITY, RETRYABLE, ru)").contains("operator:").containsPattern("\\p{IsCyrillic}");
    Run bad = run("explain", "NOT_A_CODE");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("NOT_A_CODE: not a reason code");
  }
}
