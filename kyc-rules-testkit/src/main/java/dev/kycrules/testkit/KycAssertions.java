package dev.kycrules.testkit;

import dev.kycrules.decision.Decision;

/** Entry point for assertions on decisions: {@code assertThat(decision).isRetry().hasReason("DOC_IMAGE_GLARE")}. */
public final class KycAssertions {
  private KycAssertions() {}

  /** Assertions on one decision; failure messages print its outcome, codes and evidence. */
  public static DecisionAssert assertThat(Decision actual) {
    return new DecisionAssert(actual);
  }
}
