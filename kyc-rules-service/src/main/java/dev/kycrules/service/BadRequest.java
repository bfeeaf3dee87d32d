package dev.kycrules.service;

/** Request problems found by the service itself, before the library sees the attempt. */
abstract sealed class BadRequest extends RuntimeException {

  BadRequest(String message) {
    super(message, null, false, false);
  }

  /** The body is not JSON at all. */
  static final class MalformedJson extends BadRequest {
    MalformedJson(String message) {
      super(message);
    }
  }

  /** A query parameter or header holds a value the service cannot use. */
  static final class Parameter extends BadRequest {
    private final String field;
    private final String problem;

    Parameter(String field, String problem) {
      super(field + " " + problem);
      this.field = field;
      this.problem = problem;
    }

    String field() {
      return field;
    }

    String problem() {
      return problem;
    }
  }
}
