package dev.kycrules.service;

import static dev.kycrules.testkit.KycAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kycrules.decision.Decision;
import dev.kycrules.json.KycJson;
import dev.kycrules.model.Attempt;
import dev.kycrules.testkit.AttemptBuilder;
import dev.kycrules.testkit.KycFixtures;
import dev.kycrules.testkit.KycTestEngine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The service on a random loopback port, driven over real HTTP with kit fixtures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceIntegrationTest {
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Value("${local.server.port}")
  int port;

  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return KycJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    Decision decision() {
      assertThat(status).as("status of %s", body).isEqualTo(200);
      return KycJson.readDecision(body);
    }
  }

  Answer post(String path, String body, String contentType, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  Answer decide(Attempt a, String... headers) {
    return post("/v1/decisions", KycJson.write(a), "application/json", headers);
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).GET().build());
  }

  static Answer send(HttpRequest r) {
    try {
      HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void cleanAttemptIsApproved() {
    Answer a = decide(KycFixtures.passport().build());
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.decision()).isApproved().hasNoReasons();
  }

  @Test
  void blurryPhotoIsARetryWithItsReason() {
    Decision d = decide(KycFixtures.nationalId().forAccount("acc-http-blurry").blurry().build()).decision();
    assertThat(d).isRetry().hasOnlyReasons("DOC_IMAGE_BLURRY");
    assertThat(d.reason("DOC_IMAGE_BLURRY").message()).isNotBlank();
  }

  @Test
  void localeAndTimeZoneAreTakenFromHeadersAndQuery() {
    Answer a = decide(KycFixtures.passport().glare().build(), "Accept-Language", "en-GB, de;q=0.5",
        "X-Time-Zone", "Asia/Shanghai");
    assertThat(a.decision()).isRetry();
    Answer q = post("/v1/decisions?locale=en&timeZone=Europe/Berlin", KycJson.write(KycFixtures.passport().build()),
        "application/json");
    assertThat(q.decision()).isApproved();
  }

  @Test
  void unknownPropertyNamesTheField() {
    ObjectNode json = tree(KycFixtures.passport().build());
    ObjectNode capture = (ObjectNode) json.get("documentCapture");
    capture.set("sharpnes", capture.remove("sharpness"));
    assertInvalid(json.toString(), "documentCapture.sharpnes", "unknown property 'sharpnes'");
  }

  @Test
  void impossibleDateNamesTheField() {
    ObjectNode json = tree(KycFixtures.passport().build());
    ((ObjectNode) json.get("applicant")).put("dateOfBirth", "1990-02-30");
    assertInvalid(json.toString(), "applicant.dateOfBirth", "not a calendar date");
    assertThat(post("/v1/decisions", json.toString(), "application/json").body()).doesNotContain("1990-02-30");
  }

  @Test
  void unknownEnumValueNamesTheField() {
    ObjectNode json = tree(KycFixtures.passport().build());
    ((ObjectNode) json.get("document")).put("type", "LIBRARY_CARD");
    assertInvalid(json.toString(), "document.type", "is not one of");
  }

  @Test
  void outOfRangeMetricNamesTheField() {
    ObjectNode json = tree(KycFixtures.passport().build());
    ((ObjectNode) json.get("documentCapture")).put("glare", 1.5);
    assertInvalid(json.toString(), "documentCapture.glare", "between 0 and 1");
  }

  @Test
  void malformedJsonIsABadRequestThatDoesNotEchoTheBody() {
    Answer a = post("/v1/decisions", "{\"attemptId\": \"a-1\", \"applicant\": {\"fullName\": \"Secret Name\"", "application/json");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().path("title").asText()).isEqualTo("Malformed JSON");
    assertThat(a.body()).doesNotContain("Secret");
  }

  @Test
  void otherRequestProblemsAreProblemsToo() {
    Answer zone = decide(KycFixtures.passport().build(), "X-Time-Zone", "Mars/Olympus");
    assertThat(zone.status()).isEqualTo(400);
    assertThat(zone.json().path("field").asText()).isEqualTo("X-Time-Zone");

    Answer type = post("/v1/decisions", KycJson.write(KycFixtures.passport().build()), "text/plain");
    assertThat(type.status()).isEqualTo(415);
    assertThat(type.contentType()).startsWith("application/problem+json");

    Answer array = post("/v1/decisions", "[]", "application/json");
    assertThat(array.status()).isEqualTo(400);
    assertThat(array.json().path("problem").asText()).contains("JSON object");
  }

  @Test
  void healthReportsTheRuleSetVersion() {
    Answer a = get("/v1/health");
    assertThat(a.status()).isEqualTo(200);
    String expected;
    try (KycTestEngine engine = KycTestEngine.create()) {
      expected = engine.engine().ruleSetVersion();
    }
    assertThat(a.json().path("status").asText()).isEqualTo("UP");
    assertThat(a.json().path("ruleSetVersion").asText()).isEqualTo(expected).startsWith("sha256:");
  }

  @Test
  void reloadIsNotImplementedForTheShippedRules() {
    Answer a = post("/v1/rules/reload", "", "application/json");
    assertThat(a.status()).isEqualTo(501);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().path("detail").asText()).contains("--kyc.rules-dir=DIR");
  }

  /** The recipes for the concurrency check: each one on its own account and passport. */
  static List<Supplier<AttemptBuilder>> recipes() {
    List<java.util.function.UnaryOperator<AttemptBuilder>> changes = List.of(
        b -> b, AttemptBuilder::blurry, AttemptBuilder::glare, AttemptBuilder::tooFar, AttemptBuilder::nameTypo,
        AttemptBuilder::faceMismatch, AttemptBuilder::expired, AttemptBuilder::expiresSoon,
        b -> b.blurry().backlit(), AttemptBuilder::militaryId, AttemptBuilder::livenessFailed,
        AttemptBuilder::numberTypo, AttemptBuilder::dobDayMonthSwapped, AttemptBuilder::faceInconclusive);
    List<Supplier<AttemptBuilder>> out = new ArrayList<>();
    for (int i = 0; i < 56; i++) {
      var change = changes.get(i % changes.size());
      boolean licence = i % 2 == 1;
      out.add(() -> change.apply(licence ? KycFixtures.drivingLicence() : KycFixtures.passport()));
    }
    return out;
  }

  @Test
  void concurrentRequestsGetTheSameDecisionsAsSequentialOnes() throws Exception {
    List<Supplier<AttemptBuilder>> recipes = recipes();
    List<String> sequential = recipes.stream().map(r -> summary(decide(r.get().build()).decision())).toList();

    List<Attempt> attempts = recipes.stream().map(r -> r.get().build()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Decision>> futures = new ArrayList<>();
      for (Attempt a : attempts) {
        futures.add(pool.submit(() -> decide(a).decision()));
      }
      List<String> concurrent = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        Decision d = futures.get(i).get(60, TimeUnit.SECONDS);
        assertThat(d.attemptId()).isEqualTo(attempts.get(i).attemptId());
        concurrent.add(summary(d));
      }
      assertThat(concurrent).containsExactlyElementsOf(sequential);
      assertThat(IntStream.range(0, sequential.size()).mapToObj(sequential::get).distinct().count()).isGreaterThan(8);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  static String summary(Decision d) {
    return d.outcome() + " " + d.codes() + " " + d.warningCodes();
  }

  void assertInvalid(String body, String field, String problemContains) {
    Answer a = post("/v1/decisions", body, "application/json");
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.path("type").asText()).endsWith("/invalid-attempt");
    assertThat(p.path("status").asInt()).isEqualTo(400);
    assertThat(p.path("field").asText()).isEqualTo(field);
    assertThat(p.path("problem").asText()).contains(problemContains);
    assertThat(p.path("detail").asText()).startsWith(field + ": ");
  }

  static ObjectNode tree(Attempt a) {
    return (ObjectNode) KycJson.mapper().valueToTree(a);
  }
}
