package dev.kycrules.drools;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Decides whether a KieBase's sessions may be reused by deleting each evaluation's facts instead
 * of resetting the session. That is only equivalent to a new session when no rule can fire, or
 * keep state, because of something being absent or because of time or focus: every rule must be
 * made of plain patterns over inserted facts ({@code and}/{@code or} of them), in the main agenda
 * group, with no timer and no lock-on-active.
 */
final class SessionReuse {
  private SessionReuse() {}

  /**
   * Whether any pattern of the KieBase can match a fact of {@code type}. True when the network
   * cannot be inspected, so that nothing is ever left out by mistake.
   */
  static boolean matchable(KieBase base, Class<?> type) {
    if (!(base instanceof InternalRuleBase rb)) {
      return true;
    }
    try {
      for (ObjectTypeNode otn : rb.getRete().getObjectTypeNodes()) {
        if (otn.getObjectSinkPropagator().size() > 0 && otn.getObjectType().isAssignableFrom(type)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  static boolean canRetract(KieBase base) {
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (!(r instanceof RuleImpl rule) || !plain(rule)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean plain(RuleImpl rule) {
    if (rule.isQuery()) {
      return true; // queries never fire
    }
    if (!rule.isMainAgendaGroup() || rule.getAutoFocus() || rule.isLockOnActive() || rule.getTimer() != null
        || (rule.getRuleFlowGroup() != null && !rule.getRuleFlowGroup().isEmpty())) {
      return false;
    }
    GroupElement lhs = rule.getLhs();
    return lhs != null && !lhs.getChildren().isEmpty() && positive(lhs);
  }

  private static boolean positive(RuleConditionElement e) {
    if (e instanceof Pattern p) {
      // the InitialFact pattern stands for an empty condition, which a new session fires once
      return p.getSource() == null && !p.getObjectType().isPrototype() && !p.getObjectType().isEvent()
          && !"InitialFact".equals(p.getObjectType().getClassName().replaceAll(".*[.$]", ""));
    }
    if (e instanceof GroupElement g && (g.isAnd() || g.isOr())) {
      if (g.getChildren().isEmpty()) {
        return false;
      }
      for (RuleConditionElement c : g.getChildren()) {
        if (!positive(c)) {
          return false;
        }
      }
      return true;
    }
    return false; // not, exists, forall, eval, from, accumulate, collect, conditional branches
  }
}
