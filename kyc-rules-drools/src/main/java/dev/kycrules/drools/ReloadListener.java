package dev.kycrules.drools;

/**
 * Told about every reload attempt of a {@link KycRulesEngine}, on the engine's reload thread.
 * Implementations should return quickly and must not throw.
 */
@FunctionalInterface
public interface ReloadListener {
  void onReload(ReloadResult result);
}
