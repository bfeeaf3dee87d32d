package dev.kycrules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.json.KycJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code kyc.rules-dir}, reload rebuilds the engine from the directory; bad rules leave the old
 * ones; decisions follow the rules in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesDirectoryReloadTest {
  static final List<String> DRL = List.of("throttling.drl", "photo-quality.drl", "info-mismatch.drl", "face.drl",
      "expiry.drl", "document-type.drl", "duplicate.drl");
  static final Path DIR = copyShippedRules();

  @Value("${local.server.port}")
  int port;

  @DynamicPropertySource
  static void rulesDir(DynamicPropertyRegistry r) {
    r.add("kyc.rules-dir", DIR::toString);
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (var files = Files.walk(DIR)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void reloadPicksUpAChangedRuleSetAndRefusesBrokenRules() throws IOException {
    JsonNode health = json(send("GET", "/v1/health", null).body());
    assertThat(health.path("rules").asText()).isEqualTo("directory");
    String before = health.path("ruleSetVersion").asText();
    String glare = Files.readString(Path.of("../kyc-rules-examples/samples/http/clean-passport.json"))
        .replace("\"glare\": 0.01", "\"glare\": 0.3");
    assertThat(glare).contains("\"glare\": 0.3");
    JsonNode first = json(send("POST", "/v1/decisions", glare.replace("http-clean-passport", "reload-1")).body());
    assertThat(first.path("outcome").asText()).isEqualTo("RETRY");
    assertThat(first.path("reasons").get(0).path("code").asText()).isEqualTo("DOC_IMAGE_GLARE");

    String policy = Files.readString(DIR.resolve("policy.json"));
    Files.writeString(DIR.resolve("policy.json"), policy.replace("\"DOC_IMAGE_GLARE\": 0.10", "\"DOC_IMAGE_GLARE\": 0.40"));
    HttpResponse<String> reloaded = send("POST", "/v1/rules/reload", null);
    assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
    String after = json(reloaded.body()).path("ruleSetVersion").asText();
    assertThat(after).isNotEqualTo(before);
    JsonNode second = json(send("POST", "/v1/decisions", glare.replace("http-clean-passport", "reload-2")).body());
    assertThat(second.path("outcome").asText()).as(second.toString()).isEqualTo("APPROVED");
    assertThat(second.path("ruleSetVersion").asText()).isEqualTo(after);

    Files.writeString(DIR.resolve("rules/broken.drl"), "package dev.kycrules.rules;\nrule \"half\" when then nonsense(;\n");
    HttpResponse<String> refused = send("POST", "/v1/rules/reload", null);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json(refused.body()).path("diagnostics").isArray()).isTrue();
    assertThat(json(send("GET", "/v1/health", null).body()).path("ruleSetVersion").asText()).isEqualTo(after);
  }

  HttpResponse<String> send(String method, String path, String body) {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String s) throws IOException {
    return KycJson.mapper().readTree(s);
  }

  static Path copyShippedRules() {
    try {
      Path dir = Files.createTempDirectory("kyc-rules-dir");
      Files.createDirectories(dir.resolve("rules"));
      ClassLoader cl = RulesDirectoryReloadTest.class.getClassLoader();
      for (String name : DRL) {
        copy(cl, "dev/kycrules/rules/" + name, dir.resolve("rules").resolve(name));
      }
      copy(cl, "kyc-rules/policy.json", dir.resolve("policy.json"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copy(ClassLoader cl, String resource, Path to) throws IOException {
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      Files.copy(in, to);
    }
  }
}
