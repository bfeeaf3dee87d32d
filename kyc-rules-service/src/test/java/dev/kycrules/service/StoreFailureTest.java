package dev.kycrules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import dev.kycrules.json.KycJson;
import dev.kycrules.store.AttemptHistory;
import dev.kycrules.store.StoreException;
import dev.kycrules.testkit.KycFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** A store that cannot be reached gives 503 with a problem, and nothing about the attempt. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreFailureTest {

  @MockitoBean
  AttemptHistory history;

  @Value("${local.server.port}")
  int port;

  @Test
  void storeFailureIsServiceUnavailable() throws Exception {
    when(history.recent(anyString(), any(), any())).thenThrow(new StoreException("connection refused"));
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/decisions"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(KycJson.write(KycFixtures.passport().build())))
        .build();
    HttpResponse<String> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(503);
    assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(res.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(res.body()).contains("\"title\":\"Store unavailable\"").doesNotContain("EXAMPLE").doesNotContain("connection refused");
  }
}
