package dev.kycrules.service;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kyc.*} settings.
 *
 * @param rulesDir a rule-set directory to load instead of the shipped rules; enables reload
 * @param locale the locale of texts when a request names none (default English)
 * @param timeZone the zone for times in texts when a request names none (default UTC)
 */
@ConfigurationProperties("kyc")
public record KycProperties(Path rulesDir, Locale locale, ZoneId timeZone) {

  public KycProperties {
    locale = locale == null ? Locale.ENGLISH : locale;
    timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
  }
}
