package dev.kycrules.drools;

import dev.kycrules.engine.CompiledRuleSet;
import dev.kycrules.engine.RuleRunner;
import dev.kycrules.ruleset.RuleSetData;
import dev.kycrules.ruleset.RuleSetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark-only bridge to the package-private parts of kyc-rules-drools (same package, bench
 * sources only): the shipped rule set with its precompiled KieBase, a runtime-compiled rule set, and
 * the shipped DRL text.
 */
public final class BenchAccess {
  private BenchAccess() {}

  /** The shipped rules: data files plus the precompiled executable model, as {@code KycRules} builds them. */
  public static CompiledRuleSet shipped(int poolSize) {
    return KycRules.shipped(poolSize);
  }

  /** Compiles a rule-set layout ({@code rules/*.drl} plus optional data) at run time, as {@code KycRules.builder().rules(dir)} does. */
  public static CompiledRuleSet compile(RuleSetFiles files, int poolSize) {
    return KycRules.load(files, poolSize);
  }

  /** The shipped rule-set data (policy, catalog, texts). */
  public static RuleSetData shippedData() {
    return RuleSetData.parse(ShippedRules.files());
  }

  /** The shipped DRL files by name ({@code photo-quality.drl} → text). */
  public static Map<String, String> shippedDrl() {
    Map<String, String> m = new LinkedHashMap<>();
    ClassLoader cl = BenchAccess.class.getClassLoader();
    for (String f : ShippedRules.DRL_FILES) {
      try (InputStream in = cl.getResourceAsStream(ShippedRules.DRL_PACKAGE_PATH + f)) {
        m.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return m;
  }

  /** Closes the session pool of a runner built here. */
  public static void close(RuleRunner runner) {
    if (runner instanceof DroolsRuleRunner r) {
      r.close();
    }
  }
}
