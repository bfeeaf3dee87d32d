package dev.kycrules.check;

import dev.kycrules.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed date of birth compared with the document's, on the parts the document shows.
 * {@code differingParts} lists YEAR, MONTH and DAY where they differ.
 */
public record DateComparison(DateVerdict verdict, String typed, String onDocument, List<String> differingParts) {

  public DateComparison {
    differingParts = List.copyOf(differingParts);
  }

  /** Compares a typed date with a possibly partial document date. */
  public static DateComparison of(LocalDate typed, PartialDate onDocument) {
    if (onDocument.agreesWith(typed)) {
      return new DateComparison(DateVerdict.MATCH, typed.toString(), onDocument.toString(), List.of());
    }
    List<String> parts = new ArrayList<>();
    if (typed.getYear() != onDocument.year()) {
      parts.add("YEAR");
    }
    if (onDocument.month() != null && typed.getMonthValue() != onDocument.month()) {
      parts.add("MONTH");
    }
    if (onDocument.day() != null && typed.getDayOfMonth() != onDocument.day()) {
      parts.add("DAY");
    }
    boolean swapped = onDocument.complete()
        && typed.getYear() == onDocument.year()
        && typed.getMonthValue() == onDocument.day()
        && typed.getDayOfMonth() == onDocument.month();
    return new DateComparison(swapped ? DateVerdict.DAY_MONTH_SWAPPED : DateVerdict.MISMATCH,
        typed.toString(), onDocument.toString(), parts);
  }
}
