package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.model.Camera;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped DRL compiled at run time from a directory decides like the precompiled model. */
class RuleSetDirectoryTest {
  @Test
  void runtimeCompiledRulesRaiseThePlainCodes(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    for (String f : ShippedRules.DRL_FILES) {
      try (var in = getClass().getClassLoader().getResourceAsStream(ShippedRules.DRL_PACKAGE_PATH + f)) {
        Files.write(dir.resolve("rules").resolve(f), in.readAllBytes());
      }
    }
    var blurry = Fixtures.clean().withDocumentCapture(Fixtures.capture(0.2, 0.01, 0.55, 4, 0.7, 0.02, 0.02, Camera.REAR));
    try (KycRulesEngine fromDir = KycRules.builder().rules(dir).build();
        KycRulesEngine shipped = KycRules.builder().build()) {
      Decision a = fromDir.evaluate(blurry);
      Decision b = shipped.evaluate(blurry);
      assertThat(a.codes()).containsExactly("DOC_IMAGE_BLURRY");
      assertThat(a.codes()).isEqualTo(b.codes());
      assertThat(a.reasons().get(0).evidence()).isEqualTo(b.reasons().get(0).evidence());
    }
  }
}
