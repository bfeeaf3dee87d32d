package dev.kycrules.testkit;

import static dev.kycrules.testkit.KycAssertions.assertThat;

import dev.kycrules.testkit.KycEngineTest;
import dev.kycrules.testkit.KycFixtures;
import dev.kycrules.testkit.KycTestEngine;
import org.junit.jupiter.api.Test;

/** The example from docs/TESTKIT.md, kept compiling and passing here. */
@KycEngineTest
class ExampleHostTest {

  @Test
  void aGlaringPhotoAsksForAnotherPictureThenPasses(KycTestEngine engine) {
    var person = KycFixtures.passport();

    assertThat(engine.evaluate(person.glare()))
        .isRetry()
        .hasOnlyReasons("DOC_IMAGE_GLARE");

    assertThat(engine.evaluate(person)).isApproved().hasNoReasons();
  }

  @Test
  void aDocumentCannotServeTwoAccounts(KycTestEngine engine) {
    var first = KycFixtures.nationalId().build();
    assertThat(engine.evaluate(first)).isApproved();

    assertThat(engine.evaluate(KycFixtures.nationalId().duplicateOf(first)))
        .isRejected()
        .hasReason("DUP_DOCUMENT_OTHER_ACCOUNT");
  }
}
