package dev.kycrules.catalog;

import java.util.List;
import java.util.Locale;

/** The texts of one reason in one locale, placeholders filled. */
public record RenderedText(Locale locale, String message, List<String> remediation, String operatorNote) {
  public RenderedText {
    remediation = List.copyOf(remediation);
  }
}
