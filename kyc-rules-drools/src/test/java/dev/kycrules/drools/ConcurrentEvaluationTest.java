package dev.kycrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.json.KycJson;
import dev.kycrules.model.Attempt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several threads sharing one engine decide exactly as one thread does. */
class ConcurrentEvaluationTest {

  static List<Attempt> attempts() {
    List<Attempt> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Attempt a = Fixtures.clean("att-" + i, "acc-" + i);
      String num = "E" + String.format("%08d", i);
      a = a.withDocument(Fixtures.docWith(a.document(), dev.kycrules.model.DocumentType.PASSPORT, "CN", num, a.document().expiryDate()))
          .withApplicant(Fixtures.applicant(a.applicant(), "Zhang Wei", a.applicant().dateOfBirth(), "CN",
              dev.kycrules.model.DocumentType.PASSPORT, num));
      switch (i % 5) {
        case 1 -> a = a.withDocumentCapture(Fixtures.dc(a.documentCapture(), "sharpness", 0.1));
        case 2 -> a = a.withFaceCapture(Fixtures.fc(a.faceCapture(), "similarity", 0.5));
        case 3 -> a = a.withApplicant(Fixtures.applicant(a.applicant(), "Zhang Wen", a.applicant().dateOfBirth(), "CN",
            dev.kycrules.model.DocumentType.PASSPORT, num));
        case 4 -> a = a.withDocumentCapture(Fixtures.dc(a.documentCapture(), "glare", 0.5));
        default -> { }
      }
      out.add(a);
    }
    return out;
  }

  @Test
  void concurrentDecisionsEqualSequentialOnes() throws Exception {
    List<Attempt> attempts = attempts();
    List<String> sequential = new ArrayList<>();
    try (KycRulesEngine engine = KycRules.builder().build()) {
      for (Attempt a : attempts) {
        sequential.add(KycJson.writeDecision(engine.evaluate(a)));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try (KycRulesEngine engine = KycRules.builder().build()) {
      List<Future<String>> futures = new ArrayList<>();
      for (Attempt a : attempts) {
        futures.add(pool.submit(() -> KycJson.writeDecision(engine.evaluate(a))));
      }
      for (int i = 0; i < attempts.size(); i++) {
        assertThat(futures.get(i).get()).as("attempt %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void runtimeCompiledShippedRulesDecideLikeThePrecompiledOnes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // the shipped DRL compiled at run time must behave exactly like the build-time model
    for (var e : ShippedRules.files().files().entrySet()) {
      Path p = dir.resolve(e.getKey());
      java.nio.file.Files.createDirectories(p.getParent());
      java.nio.file.Files.write(p, e.getValue());
    }
    try (KycRulesEngine shipped = KycRules.builder().build();
        KycRulesEngine compiled = KycRules.builder().rules(dir).build()) {
      assertThat(compiled.ruleSetVersion()).isEqualTo(shipped.ruleSetVersion());
      for (Attempt a : attempts()) {
        assertThat(KycJson.writeDecision(compiled.evaluate(a))).isEqualTo(KycJson.writeDecision(shipped.evaluate(a)));
      }
    }
  }
}
