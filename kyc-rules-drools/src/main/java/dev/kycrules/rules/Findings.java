package dev.kycrules.rules;

import dev.kycrules.decision.Evidence;
import dev.kycrules.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The per-evaluation collector the rules report to, as the global {@code findings}. A rule calls
 * {@code findings.raise(kcontext, evidence)}; the reason code is taken from the rule's
 * {@code @code} metadata, so a rule cannot report a code it does not declare. Not thread-safe: one
 * instance per evaluation.
 */
public final class Findings {
  private final List<Finding> list = new ArrayList<>(4);

  /** Records that the current rule fired, with what it saw. */
  public void raise(RuleContext kcontext, Evidence evidence) {
    Rule rule = kcontext.getRule();
    Object code = rule.getMetaData().get("code");
    if (code == null) {
      throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @code metadata");
    }
    list.add(new Finding(unquote(code.toString()), rule.getName(), evidence));
  }

  /**
   * Metadata of rules compiled at run time to the executable model keeps the quotes of
   * {@code @code("X")}; the model precompiled by kie-maven-plugin does not.
   */
  private static String unquote(String s) {
    return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"' ? s.substring(1, s.length() - 1) : s;
  }

  /** Records that the current rule fired, with no evidence beyond its code. */
  public void raise(RuleContext kcontext) {
    raise(kcontext, Evidence.none());
  }

  /** What was raised so far, in firing order. */
  public List<Finding> list() {
    return list;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }
}
