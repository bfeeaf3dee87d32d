package dev.kycrules.drools;

import dev.kycrules.engine.KycException;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.ruleset.RuleSetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The rule set shipped in this jar: DRL files precompiled to the executable model at build time
 * (kie-maven-plugin) plus the data files of kyc-rules-core. Loading it compiles nothing.
 */
final class ShippedRules {
  /** The shipped DRL files, one per category, under {@code dev/kycrules/rules/}. */
  static final List<String> DRL_FILES = List.of(
      "throttling.drl", "photo-quality.drl", "info-mismatch.drl", "face.drl", "expiry.drl",
      "document-type.drl", "duplicate.drl");
  static final String DRL_PACKAGE_PATH = "dev/kycrules/rules/";
  private static final String MODEL_INDEX = "META-INF/kie/dev.kycrules/kyc-rules-drools/drools-model";

  private ShippedRules() {}

  /** The shipped files as a rule-set layout: {@code rules/*.drl} plus the core data files. */
  static RuleSetFiles files() {
    RuleSetFiles drl = RuleSetFiles.fromClasspath(ShippedRules.class.getClassLoader(), DRL_PACKAGE_PATH,
        DRL_FILES, List.of());
    java.util.Map<String, byte[]> renamed = new java.util.TreeMap<>();
    drl.files().forEach((k, v) -> renamed.put("rules/" + k, v));
    return RuleSetData.coreDefaults().overlay(RuleSetFiles.of("classpath:kyc-rules", renamed));
  }

  /** The precompiled KieBase. */
  static KieBase kieBase() {
    ClassLoader cl = ShippedRules.class.getClassLoader();
    List<Model> models = new ArrayList<>();
    try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new KycException("the precompiled rules (" + MODEL_INDEX + ") are missing from the class path;"
            + " rebuild kyc-rules-drools with its kie-maven-plugin execution");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
          models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
        }
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new KycException("cannot load the precompiled rules: " + e, e);
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }
}
