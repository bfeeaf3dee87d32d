package dev.kycrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drools mis-reads record components whose names start with "is" or "get" (issuingCountry!), so no
 * fact record may have one. The JSON name is kept with @JsonProperty instead.
 */
class RecordComponentNamesTest {
  static final List<Class<?>> FACTS = List.of(Attempt.class, Applicant.class, DocumentData.class,
      DocumentCapture.class, FaceCapture.class, dev.kycrules.check.NameComparison.class,
      dev.kycrules.check.DateComparison.class, dev.kycrules.check.NumberCheck.class,
      dev.kycrules.check.NumberComparison.class, dev.kycrules.check.RegistryLookup.class,
      dev.kycrules.check.AttemptStats.class);

  @Test
  void noFactComponentStartsWithIsOrGet() {
    List<String> bad = new ArrayList<>();
    for (Class<?> c : FACTS) {
      for (RecordComponent rc : c.getRecordComponents()) {
        String n = rc.getName();
        if (n.matches("(is|get)[A-Z].*") || n.startsWith("is") || n.startsWith("get")) {
          bad.add(c.getSimpleName() + "." + n);
        }
      }
    }
    assertThat(bad).as("record components Drools cannot read").isEmpty();
  }
}
