package dev.kycrules.service;

import dev.kycrules.drools.KycRules;
import dev.kycrules.store.AttemptHistory;
import dev.kycrules.store.DocumentRegistry;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.InMemoryAttemptHistory;
import dev.kycrules.store.InMemoryDocumentRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the engine. The stores and the fingerprinter are beans so that a host can replace them
 * with persistent ones (and a persistent fingerprint key); the defaults live in memory.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  @ConditionalOnMissingBean
  DocumentRegistry documentRegistry() {
    return new InMemoryDocumentRegistry();
  }

  @Bean
  @ConditionalOnMissingBean
  AttemptHistory attemptHistory() {
    return new InMemoryAttemptHistory();
  }

  @Bean
  @ConditionalOnMissingBean
  Fingerprinter fingerprinter() {
    return Fingerprinter.ephemeral();
  }

  @Bean(destroyMethod = "close")
  EngineHolder engineHolder(KycProperties props, DocumentRegistry registry, AttemptHistory history,
      Fingerprinter fingerprinter) {
    return new EngineHolder(() -> {
      KycRules.Builder b = KycRules.builder()
          .registry(registry)
          .history(history)
          .fingerprinter(fingerprinter)
          .locale(props.locale())
          .zone(props.timeZone());
      if (props.rulesDir() != null) {
        b.rules(props.rulesDir());
      }
      return b.build();
    });
  }

  @Bean
  @ConditionalOnMissingBean
  RuleReloader ruleReloader(KycProperties props, EngineHolder engines) {
    return props.rulesDir() == null ? RuleReloader.unavailable() : engines::rebuild;
  }
}
