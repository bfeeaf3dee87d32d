package dev.kycrules.service;

/**
 * Reloads the rule set behind {@code POST /v1/rules/reload}. The service's own implementation
 * rebuilds the engine from {@code kyc.rules-dir}; a host with another source of rules provides its
 * own bean.
 */
@FunctionalInterface
public interface RuleReloader {

  /**
   * Loads the rules again and returns the rule-set version now in force.
   *
   * @throws ReloadUnavailableException when this service cannot reload
   * @throws dev.kycrules.drools.RuleSetInvalidException when the new rules do not load; the old
   *     ones stay in force
   */
  String reload();

  /** A reloader for an engine built from the shipped rules, which cannot change. */
  static RuleReloader unavailable() {
    return () -> {
      throw new ReloadUnavailableException("this engine was built from the shipped rules;"
          + " start the service with --kyc.rules-dir=DIR to enable reload");
    };
  }

  /** Reload is not possible in this configuration. */
  final class ReloadUnavailableException extends RuntimeException {
    public ReloadUnavailableException(String message) {
      super(message);
    }
  }
}
