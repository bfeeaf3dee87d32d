package dev.kycrules.check;

import dev.kycrules.model.PartialDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Date checks on a document: the holder's age at submission and whether the document's dates fit
 * together. A partial birth date is judged on its known parts only, so a problem is reported only
 * when every full date it could stand for has the problem.
 */
public final class DocumentDates {
  private DocumentDates() {}

  /** What can be wrong with a document's dates. */
  public enum Incoherence {
    /** The issue date lies before the holder was born. */
    ISSUED_BEFORE_BIRTH,
    /** The expiry date lies before the issue date. */
    EXPIRES_BEFORE_ISSUE,
    /** The issue date lies after the submission date. */
    ISSUED_AFTER_SUBMISSION,
    /** The birth date lies after the submission date. */
    BORN_AFTER_SUBMISSION
  }

  /** Whole years from {@code birth} to {@code at}; negative when {@code at} comes first. */
  public static int ageInYears(LocalDate birth, LocalDate at) {
    return Period.between(birth, at).getYears();
  }

  /**
   * True when the holder is certainly younger than {@code minimumYears} whole years on
   * {@code submittedOn} (reason DATA_AGE_BELOW_MINIMUM). With a partial birth date the earliest date
   * it allows is used, so an unknown day or month never makes someone too young.
   */
  public static boolean belowMinimumAge(PartialDate dateOfBirth, LocalDate submittedOn, int minimumYears) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(submittedOn, "submittedOn");
    if (minimumYears < 0) {
      throw new IllegalArgumentException("minimum age must not be negative, was " + minimumYears);
    }
    return ageInYears(dateOfBirth.earliest(), submittedOn) < minimumYears;
  }

  /**
   * The ways the document's dates contradict each other or the submission date (reason
   * DOC_DATES_INCONSISTENT); empty when they fit. Missing issue or expiry dates are not compared.
   */
  public static List<Incoherence> incoherences(PartialDate dateOfBirth, LocalDate issueDate, LocalDate expiryDate,
      LocalDate submittedOn) {
    Objects.requireNonNull(submittedOn, "submittedOn");
    List<Incoherence> out = new ArrayList<>();
    if (dateOfBirth != null && dateOfBirth.earliest().isAfter(submittedOn)) {
      out.add(Incoherence.BORN_AFTER_SUBMISSION);
    }
    if (issueDate != null) {
      if (dateOfBirth != null && issueDate.isBefore(dateOfBirth.earliest())) {
        out.add(Incoherence.ISSUED_BEFORE_BIRTH);
      }
      if (expiryDate != null && expiryDate.isBefore(issueDate)) {
        out.add(Incoherence.EXPIRES_BEFORE_ISSUE);
      }
      if (issueDate.isAfter(submittedOn)) {
        out.add(Incoherence.ISSUED_AFTER_SUBMISSION);
      }
    }
    return List.copyOf(out);
  }
}
