package dev.kycrules.examples.cli;

import dev.kycrules.catalog.ReasonDefinition;
import dev.kycrules.catalog.RenderedText;
import dev.kycrules.catalog.TextContext;
import dev.kycrules.drools.KycRules;
import dev.kycrules.drools.KycRulesEngine;
import dev.kycrules.ruleset.RuleSetData;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code explain}: prints what a reason code means for support staff: category, disposition, the
 * user message and remediation, and the operator note, which never goes into a decision.
 */
final class ExplainCommand {
  private ExplainCommand() {}

  static int run(List<String> argv, PrintStream out, PrintStream err) {
    Args args = Args.parse(argv, Set.of("rules", "locale"), Set.of());
    if (args.positional.isEmpty()) {
      throw new Args.UsageException("name at least one reason code, for example DOC_IMAGE_GLARE (or 'all')");
    }
    Locale locale = args.has("locale") ? Locale.forLanguageTag(args.get("locale")) : Locale.ENGLISH;
    KycRules.Builder builder = KycRules.builder();
    if (args.has("rules")) {
      builder.rules(Path.of(args.get("rules")));
    }
    try (KycRulesEngine engine = builder.build()) {
      RuleSetData data = engine.ruleSetData();
      List<String> codes = args.positional.equals(List.of("all")) ? List.copyOf(data.catalog().codes()) : args.positional;
      int unknown = 0;
      for (String code : codes) {
        ReasonDefinition def = data.catalog().find(code);
        if (def == null) {
          err.println(code + ": not a reason code of this rule set");
          unknown++;
          continue;
        }
        RenderedText t = data.texts().render(code, locale, TextContext.empty());
        out.println(code + "  (" + def.category() + ", " + def.disposition() + ", " + t.locale().toLanguageTag() + ")");
        out.println("  message:   " + t.message());
        for (int i = 0; i < t.remediation().size(); i++) {
          out.println("  step " + (i + 1) + ":    " + t.remediation().get(i));
        }
        out.println("  operator:  " + t.operatorNote());
        out.println();
      }
      return unknown == 0 ? 0 : 1;
    }
  }
}
