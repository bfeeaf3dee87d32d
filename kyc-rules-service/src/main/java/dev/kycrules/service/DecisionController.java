package dev.kycrules.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.decision.Decision;
import dev.kycrules.json.KycJson;
import dev.kycrules.model.Attempt;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API. Attempts are read with the library's strict reader, so a request fails for the
 * same reasons and with the same field names as the command line; decisions are written with the
 * library's JSON form.
 */
@RestController
class DecisionController {
  private final EngineHolder engines;
  private final RuleReloader reloader;
  private final KycProperties props;

  DecisionController(EngineHolder engines, RuleReloader reloader, KycProperties props) {
    this.engines = engines;
    this.reloader = reloader;
    this.props = props;
  }

  /**
   * Decides one attempt. The text locale comes from {@code ?locale=} or {@code Accept-Language},
   * the time zone from {@code ?timeZone=} or {@code X-Time-Zone}; both default to the service's.
   */
  @PostMapping(path = "/v1/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> decide(@RequestBody byte[] body,
      @RequestParam(name = "locale", required = false) String localeParam,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
      @RequestParam(name = "timeZone", required = false) String zoneParam,
      @RequestHeader(name = "X-Time-Zone", required = false) String zoneHeader) {
    Locale locale = localeParam != null ? locale(localeParam, "locale") : acceptLanguage(acceptLanguage);
    ZoneId zone = zoneParam != null ? zone(zoneParam, "timeZone") : zoneHeader != null ? zone(zoneHeader, "X-Time-Zone") : null;
    Attempt attempt = KycJson.toAttempt(parse(body));
    Decision decision = engines.evaluate(attempt, locale, zone);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(KycJson.writeDecision(decision).getBytes(StandardCharsets.UTF_8));
  }

  /** Liveness plus the rule-set version in force. */
  @GetMapping(path = "/v1/health", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> health() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "UP");
    m.put("ruleSetVersion", engines.ruleSetVersion());
    m.put("rules", props.rulesDir() == null ? "shipped" : "directory");
    return m;
  }

  /** Reloads the rules; answers with the version now in force. */
  @PostMapping(path = "/v1/rules/reload", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> reload() {
    return Map.of("ruleSetVersion", reloader.reload());
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw new BadRequest.MalformedJson("the request body is empty; send one attempt as a JSON object");
    }
    try {
      return KycJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      // The parser's own message can quote the input; report only where it broke.
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new BadRequest.MalformedJson("the request body is not valid JSON" + where);
    } catch (java.io.IOException e) {
      throw new BadRequest.MalformedJson("the request body could not be read");
    }
  }

  private static Locale acceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException e) {
      throw new BadRequest.Parameter("Accept-Language", "is not a language list such as 'de-CH, de;q=0.9, en;q=0.5'");
    }
    for (Locale.LanguageRange r : ranges) {
      if (!r.getRange().contains("*") && r.getWeight() > 0) {
        return Locale.forLanguageTag(r.getRange());
      }
    }
    return null;
  }

  private static Locale locale(String tag, String field) {
    Locale l = Locale.forLanguageTag(tag.strip());
    if (l.getLanguage().isEmpty()) {
      throw new BadRequest.Parameter(field, "is not a language tag such as 'en' or 'zh-CN'");
    }
    return l;
  }

  private static ZoneId zone(String id, String field) {
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new BadRequest.Parameter(field, "is not a time zone such as 'Europe/Berlin' or 'UTC'");
    }
  }
}
