package dev.kycrules.examples.cli;

import dev.kycrules.audit.JsonLinesAuditSink;
import dev.kycrules.decision.Decision;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.json.AttemptReader;
import dev.kycrules.json.KycJson;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code check}: decides attempt files in order through one engine and one in-memory store. */
final class CheckCommand {
  private CheckCommand() {}

  static int run(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of("rules", "locale", "time-zone", "audit", "store", "keys"), Set.of());
    if (args.positional.isEmpty()) {
      throw new Args.UsageException("name at least one attempt file");
    }
    Locale locale = args.has("locale") ? Locale.forLanguageTag(args.get("locale")) : Locale.ENGLISH;
    ZoneId zone;
    try {
      zone = args.has("time-zone") ? ZoneId.of(args.get("time-zone")) : ZoneId.of("UTC");
    } catch (java.time.DateTimeException e) {
      throw new Args.UsageException("--time-zone '" + args.get("time-zone") + "' is not a time zone such as UTC or Asia/Shanghai");
    }
    for (String f : args.positional) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new Args.UsageException("attempt file " + f + " does not exist");
      }
    }
    KycRules.Builder builder = KycRules.builder().locale(locale).zone(zone);
    if (args.has("rules")) {
      builder.rules(Path.of(args.get("rules")));
    }
    JsonLinesAuditSink audit = null;
    if (args.has("audit")) {
      audit = JsonLinesAuditSink.append(Path.of(args.get("audit")));
      builder.audit(audit);
    }
    int invalid = 0;
    try (AutoCloseable closeAudit = audit == null ? () -> { } : audit;
        StoreOptions store = StoreOptions.configure(builder, args.get("store"), args.get("keys"));
        KycRulesEngine engine = builder.build()) {
      for (String f : args.positional) {
        try (AttemptReader reader = AttemptReader.open(Path.of(f))) {
          while (reader.hasNext()) {
            AttemptReader.Item item = reader.next();
            if (!item.ok()) {
              err.println(item.describeError());
              invalid++;
              continue;
            }
            Decision d = engine.evaluate(item.attempt(), locale, zone);
            out.println(KycJson.writeDecision(d));
          }
        }
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
    out.flush();
    return invalid == 0 ? 0 : 2;
  }
}
