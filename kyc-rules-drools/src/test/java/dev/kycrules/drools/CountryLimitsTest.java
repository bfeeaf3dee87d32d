package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kycrules.decision.Decision;
import dev.kycrules.engine.KycException;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.DocumentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-country limits in policy.json replace the standard ones for documents of that country only. */
class CountryLimitsTest {
  private static final String COUNTRIES = """
        "countries": {
          "CN": { "DOC_IMAGE_BLURRY": 0.40, "DOC_IMAGE_GLARE": 0.20 }
        },
      """;

  private static Path ruleSet(Path dir, String countries) throws IOException {
    KycRules.writeShippedRules(dir);
    Path policy = dir.resolve("policy.json");
    String s = Files.readString(policy);
    Files.writeString(policy, s.replaceFirst("\\{", "{\n" + countries));
    return dir;
  }

  private static Attempt sharpness(Attempt a, double value) {
    return a.withDocumentCapture(Fixtures.dc(a.documentCapture(), "sharpness", value));
  }

  /** The clean fixture moved to a German passport. */
  private static Attempt german(String id) {
    Attempt a = Fixtures.clean(id, "acc-" + id);
    String number = "C01X00T47";
    return a.withDocument(Fixtures.docWith(a.document(), DocumentType.PASSPORT, "DE", number, LocalDate.of(2031, 1, 1)))
        .withApplicant(Fixtures.applicant(a.applicant(), "Zhang Wei", a.applicant().dateOfBirth(), "DE",
            DocumentType.PASSPORT, number));
  }

  @Test
  void aCountryLimitReplacesTheStandardOneForThatCountryOnly(@TempDir Path dir) throws IOException {
    try (KycRulesEngine engine = KycRules.builder().rules(ruleSet(dir, COUNTRIES)).build()) {
      // standard DOC_IMAGE_BLURRY is 0.50; CN documents pass down to 0.40
      Decision cn = engine.evaluate(sharpness(Fixtures.clean("cn-1", "acc-cn-1"), 0.45));
      assertThat(cn.codes()).doesNotContain("DOC_IMAGE_BLURRY");
      Decision cnBlurry = engine.evaluate(sharpness(Fixtures.clean("cn-2", "acc-cn-2"), 0.39));
      assertThat(cnBlurry.codes()).contains("DOC_IMAGE_BLURRY");
      assertThat(cnBlurry.reasons().get(0).evidence().value("threshold")).isEqualTo(0.4);

      Decision de = engine.evaluate(sharpness(german("de-1"), 0.45));
      assertThat(de.codes()).contains("DOC_IMAGE_BLURRY");
      Decision deSharp = engine.evaluate(sharpness(german("de-2"), 0.50));
      assertThat(deSharp.codes()).doesNotContain("DOC_IMAGE_BLURRY");
    }
  }

  @Test
  void withoutCountryLimitsTheShippedPolicyApplies() {
    try (KycRulesEngine engine = KycRules.builder().build()) {
      assertThat(engine.evaluate(sharpness(Fixtures.clean("cn-3", "acc-cn-3"), 0.45)).codes()).contains("DOC_IMAGE_BLURRY");
    }
  }

  @Test
  void theValidatorLocatesBadCountryEntries(@TempDir Path dir) throws IOException {
    ruleSet(dir, """
          "countries": {
            "Germany": { "DOC_IMAGE_BLURRY": 0.40 },
            "CN": { "ATTEMPT_LIMIT_REACHED": 9, "DOC_IMAGE_GLARE": 1.5, "DOC_IMAGE_BLURY": 0.4 }
          },
        """);
    List<String> errors = RuleSetValidatorTest.errors(RuleSetValidator.validate(dir));
    assertThat(errors).anyMatch(e -> e.startsWith("policy.json:3:") && e.contains("\"Germany\" is not an ISO 3166-1 alpha-2"));
    assertThat(errors).anyMatch(e -> e.startsWith("policy.json:4:") && e.contains("ATTEMPT_LIMIT_REACHED")
        && e.contains("cannot be set per country"));
    assertThat(errors).anyMatch(e -> e.startsWith("policy.json:4:") && e.contains("DOC_IMAGE_GLARE") && e.contains("out of range"));
    assertThat(errors).anyMatch(e -> e.startsWith("policy.json:4:") && e.contains("unknown limit \"DOC_IMAGE_BLURY\""));
  }

  @Test
  void anEngineRefusesCountryLimitsThatAreNotAnObject(@TempDir Path dir) throws IOException {
    ruleSet(dir, """
          "countries": { "CN": 0.4 },
        """);
    assertThatThrownBy(() -> KycRules.builder().rules(dir).build())
        .isInstanceOf(KycException.class).hasMessageContaining("policy.json: countries.CN must be an object");
  }

  @Test
  void thePolicyRefusesCountryLimitsItCannotApply() {
    var accepted = dev.kycrules.ruleset.RuleSetData.coreDefaults();
    dev.kycrules.policy.Policy shipped = dev.kycrules.ruleset.RuleSetData.parse(accepted).policy();
    assertThatThrownBy(() -> new dev.kycrules.policy.Policy(shipped.limits(), Map.of(), 2, shipped.accepted(),
        Map.of("CN", Map.of("DATA_NAME_FUZZY", 0.8))))
        .isInstanceOf(KycException.class).hasMessageContaining("countries.CN.DATA_NAME_FUZZY");
    assertThatThrownBy(() -> new dev.kycrules.policy.Policy(shipped.limits(), Map.of(), 2, shipped.accepted(),
        Map.of("cn", Map.of("DOC_IMAGE_BLURRY", 0.4))))
        .isInstanceOf(KycException.class).hasMessageContaining("'cn' is not an ISO 3166-1 alpha-2");
  }
}
