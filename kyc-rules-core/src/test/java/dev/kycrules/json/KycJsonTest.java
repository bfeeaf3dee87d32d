package dev.kycrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.model.Attempt;
import dev.kycrules.model.InvalidAttemptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KycJsonTest {
  static final String CLEAN = """
      {"attemptId":"att-1","submittedAt":"2026-11-25T10:00:00Z",
       "applicant":{"accountId":"acc-1","fullName":"Zhang Wei","dateOfBirth":"1990-03-07","issuingCountry":"CN",
                    "documentType":"NATIONAL_ID","documentNumber":"110105199003071239"},
       "document":{"type":"NATIONAL_ID","issuingCountry":"CN","number":"110105199003071239","fullName":"ZHANG WEI",
                   "dateOfBirth":"1990-03-07","issueDate":"2020-01-01","expiryDate":"2040-01-01"},
       "documentCapture":{"sharpness":0.9,"glare":0.01,"brightness":0.55,"cornersVisible":4,"documentCoverage":0.7,
                          "screenRecapture":0.02,"paperCopy":0.02,"camera":"REAR"},
       "faceCapture":{"faceDetected":true,"brightness":0.55,"backlit":false,"sharpness":0.9,"occlusions":[],
                      "similarity":0.93,"liveness":"PASSED"}}
      """;

  @Test
  void readsTheContractExample() {
    Attempt a = KycJson.readAttempt(CLEAN);
    assertThat(a.applicant().countryOfIssue()).isEqualTo("CN");
    assertThat(a.documentCapture().sharpness()).isEqualTo(0.9);
    assertThat(KycJson.readAttempt(KycJson.write(a))).isEqualTo(a);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"sharpness\":0.9|\"sharpnes\":0.9|documentCapture.sharpnes|unknown property 'sharpnes'",
      "\"dateOfBirth\":\"1990-03-07\",\"issuingCountry\"|\"dateOfBirth\":\"1990-02-30\",\"issuingCountry\"|applicant.dateOfBirth|not a calendar date",
      "\"type\":\"NATIONAL_ID\"|\"type\":\"LIBRARY_CARD\"|document.type|is not one of",
      "\"glare\":0.01|\"glare\":1.5|documentCapture.glare|between 0 and 1",
      "\"cornersVisible\":4|\"cornersVisible\":5|documentCapture.cornersVisible|between 0 and 4",
      "\"camera\":\"REAR\"|\"camera\":\"SIDE\"|documentCapture.camera|is not one of",
      "\"liveness\":\"PASSED\"|\"liveness\":\"MAYBE\"|faceCapture.liveness|is not one of",
      "\"occlusions\":[]|\"occlusions\":[\"SCARF\"]|faceCapture.occlusions[0]|is not one of",
      "\"fullName\":\"Zhang Wei\",|\"fullName\":\"  \",|applicant.fullName|must not be blank",
      "\"type\":\"NATIONAL_ID\",\"issuingCountry\":\"CN\"|\"type\":\"NATIONAL_ID\",\"issuingCountry\":\"ZZ\"|document.issuingCountry|ISO 3166-1",
      "\"submittedAt\":\"2026-11-25T10:00:00Z\"|\"submittedAt\":\"yesterday\"|submittedAt|not an instant",
      "\"sharpness\":0.9|\"sharpness\":\"high\"|documentCapture.sharpness|expected a number",
  })
  void badInputNamesTheFieldAndTheProblem(String from, String to, String field, String problem) {
    String json = CLEAN.replace(from, to);
    assertThat(json).isNotEqualTo(CLEAN);
    assertThatThrownBy(() -> KycJson.readAttempt(json))
        .isInstanceOf(InvalidAttemptException.class)
        .satisfies(e -> {
          InvalidAttemptException ia = (InvalidAttemptException) e;
          assertThat(ia.field()).isEqualTo(field);
          assertThat(ia.problem()).contains(problem);
        });
  }

  @Test
  void birthDatesAreNotRepeatedInErrors() {
    assertThatThrownBy(() -> KycJson.readAttempt(CLEAN.replace("\"dateOfBirth\":\"1990-03-07\",\"issuingCountry\"",
        "\"dateOfBirth\":\"1990-02-30\",\"issuingCountry\"")))
        .hasMessage("applicant.dateOfBirth: the value is not a calendar date written YYYY-MM-DD");
    assertThatThrownBy(() -> KycJson.readAttempt(CLEAN.replace("\"dateOfBirth\":\"1990-03-07\",\"issueDate\"",
        "\"dateOfBirth\":\"07/03/1990\",\"issueDate\"")))
        .hasMessageContaining("document.dateOfBirth").hasMessageNotContaining("07/03/1990");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> KycJson.readAttempt(CLEAN.replace("\"fullName\":\"ZHANG WEI\",", "")))
        .hasMessage("document.fullName: is required");
    assertThatThrownBy(() -> KycJson.readAttempt(CLEAN.replace("\"attemptId\":\"att-1\",", "")))
        .hasMessage("attemptId: is required");
  }

  @Test
  void readerKeepsGoingAfterABadItemAndReportsLines(@TempDir Path dir) throws Exception {
    String one = CLEAN.replace("\n", "");
    Path f = dir.resolve("mixed.jsonl");
    Files.writeString(f, one + "\n\n" + one.replace("\"glare\":0.01", "\"glare\":7") + "\nnot json\n" + one + "\n");
    List<String> seen = new ArrayList<>();
    try (AttemptReader r = AttemptReader.open(f)) {
      r.forEachRemaining(i -> seen.add(i.ok() ? "ok@" + i.line() : i.describeError()));
    }
    assertThat(seen).hasSize(4);
    assertThat(seen.get(0)).isEqualTo("ok@1");
    assertThat(seen.get(1)).endsWith("mixed.jsonl:3: documentCapture.glare: must be between 0 and 1, was 7.0");
    assertThat(seen.get(2)).contains("mixed.jsonl:4: not valid JSON");
    assertThat(seen.get(3)).isEqualTo("ok@5");
  }

  @Test
  void readerHandlesArraysWithLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("many.json");
    Files.writeString(f, "[\n" + CLEAN + ",\n" + CLEAN.replace("att-1", "att-2") + "]\n");
    List<String> ids = new ArrayList<>();
    try (AttemptReader r = AttemptReader.open(f)) {
      r.forEachRemaining(i -> ids.add(i.attempt().attemptId() + "@" + i.line()));
    }
    assertThat(ids).containsExactly("att-1@2", "att-2@12");
  }
}
