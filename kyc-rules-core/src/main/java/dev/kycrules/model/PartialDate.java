package dev.kycrules.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as printed on a document, where the day or the month may be unknown. Written as
 * {@code 1990-03-07}, {@code 1990-03} or {@code 1990}. Comparisons use only the known parts.
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final int year;
  private final Integer month;
  private final Integer day;

  private PartialDate(int year, Integer month, Integer day) {
    if (year < 1800 || year > 2999) {
      throw new InvalidAttemptException("", "year " + year + " is out of range 1800..2999");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new InvalidAttemptException("", "month " + month + " is out of range 1..12");
    }
    if (day != null) {
      if (month == null) {
        throw new InvalidAttemptException("", "a day needs a month");
      }
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new InvalidAttemptException("", "is not a calendar date (that month has no such day)");
      }
    }
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A complete date. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** A date whose day is unknown. */
  public static PartialDate of(YearMonth yearMonth) {
    return new PartialDate(yearMonth.getYear(), yearMonth.getMonthValue(), null);
  }

  /** A date of which only the year is known. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null) {
      throw new InvalidAttemptException("", "is required");
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidAttemptException("date",
          "must be written YYYY-MM-DD, YYYY-MM or YYYY"); // the value is not echoed: it may be a birth date
    }
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new PartialDate(Integer.parseInt(m.group(1)), month, day);
  }

  public int year() {
    return year;
  }

  /** The month 1..12, or null when unknown. */
  public Integer month() {
    return month;
  }

  /** The day of month, or null when unknown. */
  public Integer day() {
    return day;
  }

  /** True when year, month and day are all known. */
  public boolean complete() {
    return day != null;
  }

  /** The full date, or null when a part is unknown. */
  public LocalDate toLocalDate() {
    return complete() ? LocalDate.of(year, month, day) : null;
  }

  /** True when {@code date} agrees with every known part of this date. */
  public boolean agreesWith(LocalDate date) {
    return date.getYear() == year
        && (month == null || date.getMonthValue() == month)
        && (day == null || date.getDayOfMonth() == day);
  }

  /** The earliest full date this partial date can stand for. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The latest full date this partial date can stand for. */
  public LocalDate latest() {
    if (month == null) {
      return LocalDate.of(year, 12, 31);
    }
    return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    return earliest().compareTo(o.earliest());
  }

  @JsonValue
  @Override
  public String toString() {
    // hand-formatted: String.format showed up in profiles of every decision (date comparison evidence)
    StringBuilder b = new StringBuilder(10);
    pad(b, year, 4);
    if (month != null) {
      pad(b.append('-'), month, 2);
      if (day != null) {
        pad(b.append('-'), day, 2);
      }
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p && p.year == year && Objects.equals(p.month, month) && Objects.equals(p.day, day);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day);
  }
}
