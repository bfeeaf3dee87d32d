package dev.kycrules.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The example web service host: {@code POST /v1/decisions}, {@code GET /v1/health} and
 * {@code POST /v1/rules/reload}. Options: {@code --kyc.rules-dir}, {@code --kyc.locale},
 * {@code --kyc.time-zone} and the usual Spring Boot ones such as {@code --server.port}.
 */
@SpringBootApplication
@EnableConfigurationProperties(KycProperties.class)
public class KycServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(KycServiceApplication.class, args);
  }
}
