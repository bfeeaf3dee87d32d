package dev.kycrules.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link KycTestEngine} and {@link FixedClock} parameters of test methods: one engine per
 * test, created on first use and closed after the test. Use it through {@link KycEngineTest} or
 * {@code @ExtendWith(KycEngineExtension.class)}.
 */
public final class KycEngineExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(KycEngineExtension.class);
  private static final String KEY = "engine";

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext ctx) {
    Class<?> t = p.getParameter().getType();
    return (t == KycTestEngine.class || t == FixedClock.class) && ctx.getTestMethod().isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext ctx) {
    KycTestEngine engine = ctx.getStore(NS).getOrComputeIfAbsent(KEY, k -> KycTestEngine.create(), KycTestEngine.class);
    return p.getParameter().getType() == FixedClock.class ? engine.clock() : engine;
  }

  @Override
  public void afterEach(ExtensionContext ctx) {
    KycTestEngine engine = ctx.getStore(NS).remove(KEY, KycTestEngine.class);
    if (engine != null) {
      engine.close();
    }
  }
}
