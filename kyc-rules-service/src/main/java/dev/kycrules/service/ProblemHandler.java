package dev.kycrules.service;

import dev.kycrules.drools.RuleSetInvalidException;
import dev.kycrules.engine.KycException;
import dev.kycrules.model.InvalidAttemptException;
import dev.kycrules.store.StoreException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}). Input problems carry
 * {@code field} and {@code problem} properties; Spring's own errors (404, 405, 415, ...) keep the
 * type {@code about:blank}, as their status says it all. Logs name the exception type only, never attempt
 * data.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  private static final String TYPES = "https://kycrules.dev/problems/";

  @ExceptionHandler(InvalidAttemptException.class)
  ResponseEntity<Object> invalidAttempt(InvalidAttemptException e) {
    String field = e.field().isEmpty() ? "(attempt)" : e.field();
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-attempt", "Invalid attempt", field + ": " + e.problem());
    p.setProperty("field", field);
    p.setProperty("problem", e.problem());
    return respond(p);
  }

  @ExceptionHandler(BadRequest.MalformedJson.class)
  ResponseEntity<Object> malformed(BadRequest.MalformedJson e) {
    return respond(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", e.getMessage()));
  }

  @ExceptionHandler(BadRequest.Parameter.class)
  ResponseEntity<Object> parameter(BadRequest.Parameter e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    p.setProperty("field", e.field());
    p.setProperty("problem", e.problem());
    return respond(p);
  }

  @ExceptionHandler(StoreException.class)
  ResponseEntity<Object> store(StoreException e) {
    LOG.warn("store unavailable: {}", e.getClass().getSimpleName());
    ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
        "the attempt was not decided because a store could not be reached; try again shortly");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
  }

  @ExceptionHandler(RuleReloader.ReloadUnavailableException.class)
  ResponseEntity<Object> reloadUnavailable(RuleReloader.ReloadUnavailableException e) {
    return respond(problem(HttpStatus.NOT_IMPLEMENTED, "reload-unavailable", "Reload unavailable", e.getMessage()));
  }

  @ExceptionHandler(RuleSetInvalidException.class)
  ResponseEntity<Object> invalidRules(RuleSetInvalidException e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-rule-set", "Invalid rule set",
        "the rule set did not load; the previous rules stay in force");
    p.setProperty("diagnostics", e.diagnostics().stream().map(Object::toString).toList());
    return respond(p);
  }

  @ExceptionHandler(KycException.class)
  ResponseEntity<Object> engine(KycException e) {
    // The library's messages name files, codes and limits, not attempt data.
    LOG.error("decision failed: {}", e.getMessage());
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "decision-failed", "Decision failed",
        "the attempt could not be decided"));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> unexpected(RuntimeException e) {
    LOG.error("unexpected failure: {}", e.getClass().getName());
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "the request could not be handled"));
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(TYPES + type));
    p.setTitle(title);
    return p;
  }

  private static ResponseEntity<Object> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).body(p);
  }
}
