package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.json.KycJson;
import dev.kycrules.model.Attempt;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.ruleset.RuleSetFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reusing a warm session by deleting an attempt's facts must decide exactly like a reset session,
 * and must be refused for rules where absence matters.
 */
class SessionReuseTest {
  private static final String NO_SELFIE_RULE = """
      package dev.kycrules.rules;
      import dev.kycrules.model.FaceCapture;
      import dev.kycrules.decision.Evidence;
      global dev.kycrules.policy.EvaluationPolicy policy;
      global dev.kycrules.rules.Findings findings;

      rule "No selfie was taken"
          @code("FACE_NOT_DETECTED")
      when
          not FaceCapture()
      then
          findings.raise(kcontext, Evidence.metric("faceDetected", false, true));
      end
      """;

  @Test
  void shippedRulesReuseSessionsByRetracting() {
    CompiledRuleSet shipped = KycRules.shipped(2);
    try (DroolsRuleRunner runner = (DroolsRuleRunner) shipped.runner()) {
      assertThat(runner.reusesByRetracting()).isTrue();
    }
  }

  @Test
  void retractingAndResettingDecideAlike() {
    CompiledRuleSet shipped = KycRules.shipped(2);
    DroolsRuleRunner retracting = (DroolsRuleRunner) shipped.runner();
    DroolsRuleRunner resetting = new DroolsRuleRunner(retracting.kieBase(), 2, false);
    List<Attempt> attempts = new ArrayList<>(ConcurrentEvaluationTest.attempts());
    // the same accounts again: throttling and the registry now take part as well
    for (Attempt a : ConcurrentEvaluationTest.attempts()) {
      attempts.add(a.withAttemptId(a.attemptId() + "-again"));
    }
    try (KycRulesEngine a = engine(shipped.data(), retracting);
        KycRulesEngine b = engine(shipped.data(), resetting)) {
      for (Attempt at : attempts) {
        assertThat(KycJson.writeDecision(a.evaluate(at))).as(at.attemptId())
            .isEqualTo(KycJson.writeDecision(b.evaluate(at)));
      }
    }
  }

  @Test
  void aRuleAboutAbsenceMakesTheEngineResetSessions(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/no-selfie.drl"), NO_SELFIE_RULE, StandardCharsets.UTF_8);
    CompiledRuleSet compiled = KycRules.load(RuleSetFiles.fromDirectory(dir), 2);
    DroolsRuleRunner runner = (DroolsRuleRunner) compiled.runner();
    assertThat(runner.reusesByRetracting()).isFalse();

    Attempt noSelfie = Fixtures.clean().withFaceCapture(null);
    try (KycRulesEngine engine = engine(compiled.data(), runner)) {
      for (int i = 0; i < 3; i++) {
        assertThat(engine.evaluate(noSelfie.withAttemptId("no-selfie-" + i)).codes())
            .as("attempt %d", i).contains("FACE_NOT_DETECTED");
      }
    }

    // why the check exists: a warm session forced to retract would report the missing selfie once only
    DroolsRuleRunner forced = new DroolsRuleRunner(runner.kieBase(), 1, true);
    try (KycRulesEngine engine = engine(compiled.data(), forced)) {
      assertThat(engine.evaluate(noSelfie.withAttemptId("forced-1")).codes()).contains("FACE_NOT_DETECTED");
      assertThat(engine.evaluate(noSelfie.withAttemptId("forced-2")).codes()).doesNotContain("FACE_NOT_DETECTED");
    }
  }

  @Test
  void shippedRulesCompiledAtRunTimeAlsoRetract(@TempDir Path dir) {
    KycRules.writeShippedRules(dir);
    try (DroolsRuleRunner runner = (DroolsRuleRunner) KycRules.load(RuleSetFiles.fromDirectory(dir), 1).runner()) {
      assertThat(runner.reusesByRetracting()).isTrue();
    }
  }

  @Test
  void aRuleWithAnEmptyConditionMakesTheEngineResetSessions(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    String always = NO_SELFIE_RULE.replace("    not FaceCapture()\n", "");
    assertThat(always).doesNotContain("FaceCapture()").contains("when\nthen");
    Files.writeString(dir.resolve("rules/always.drl"), always, StandardCharsets.UTF_8);
    CompiledRuleSet compiled = KycRules.load(RuleSetFiles.fromDirectory(dir), 2);
    DroolsRuleRunner runner = (DroolsRuleRunner) compiled.runner();
    assertThat(runner.reusesByRetracting()).isFalse();
    try (KycRulesEngine engine = engine(compiled.data(), runner)) {
      for (int i = 0; i < 3; i++) { // a new session fires an empty condition every time
        assertThat(engine.evaluate(Fixtures.clean().withAttemptId("always-" + i)).codes())
            .as("attempt %d", i).contains("FACE_NOT_DETECTED");
      }
    }
  }

  private static KycRulesEngine engine(RuleSetData data, DroolsRuleRunner runner) {
    return new KycRulesEngine(new CompiledRuleSet(data, runner), null, 2, KycRules.builder());
  }
}
