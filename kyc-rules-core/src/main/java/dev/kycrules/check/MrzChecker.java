package dev.kycrules.check;

import dev.kycrules.model.DocumentData;
import dev.kycrules.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Set;

/**
 * Parses ICAO 9303 machine-readable zones (TD1, TD2, TD3), verifies every check digit including the
 * composite and the long document numbers of TD1 cards, and compares the MRZ with the document's
 * visual fields: number, birth date, expiry date, issuing state and name (ICAO spelling, allowing
 * the MRZ to truncate a long name). Thread-safe.
 *
 * <p>Two-digit years are resolved against {@code today}: a birth year takes the latest century that
 * does not put the date in the future; an expiry year is 20xx unless that lies more than 50 years
 * ahead.
 */
public final class MrzChecker {
  private static final Set<String> SPECIMEN_NUMBERS = Set.of("L898902C3", "D23145890");
  private static final Map<String, String> ALPHA3_TO_2 = alpha3Map();

  private final IcuNameMatcher names;

  /** A checker that compares names with a default {@link IcuNameMatcher}. */
  public MrzChecker() {
    this(new IcuNameMatcher());
  }

  /** A checker that compares names with the given matcher. */
  public MrzChecker(IcuNameMatcher names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The ICAO 7-3-1 check digit of a field, {@code <} counting as 0; -1 for characters outside 0-9, A-Z and {@code <}. */
  /** True for the document numbers ICAO prints on its specimen documents. */
  public static boolean isSpecimenNumber(String normalisedNumber) {
    return SPECIMEN_NUMBERS.contains(normalisedNumber);
  }

  public static int checkDigit(CharSequence field) {
    int sum = 0;
    int[] weights = {7, 3, 1};
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else if (c == '<') {
        v = 0;
      } else {
        return -1;
      }
      sum += v * weights[i % 3];
    }
    return sum % 10;
  }

  /** The ISO alpha-2 code for an MRZ state code ({@code D<<}, {@code DEU}, {@code GBD}...), or null. */
  public static String alpha2(String mrzState) {
    return ALPHA3_TO_2.get(mrzState.replace("<", ""));
  }

  /**
   * Checks the document's MRZ lines. Returns null when the document carries none.
   *
   * @param today the submission date, used to resolve two-digit years
   */
  public MrzCheck check(DocumentData document, LocalDate today) {
    List<String> raw = document.mrz();
    if (raw == null) {
      return null;
    }
    List<String> lines = raw.stream().map(l -> l.strip().replace(" ", "").toUpperCase(Locale.ROOT)).toList();
    Fields f = parse(lines);
    if (f == null) {
      return new MrzCheck(MrzFormat.UNRECOGNISED, List.of(), List.of("LAYOUT"), false);
    }
    List<String> inconsistent = new ArrayList<>();
    String visualNumber = DocumentNumbers.normalise(document.number());
    if (!visualNumber.equals(f.number)) {
      inconsistent.add("DOCUMENT_NUMBER");
    }
    Birth birth = birthDate(f.birth, today);
    if (birth == null || !agree(birth, document.dateOfBirth())) {
      inconsistent.add("DATE_OF_BIRTH");
    }
    LocalDate expiry = expiryDate(f.expiry, today);
    if (expiry == null || (document.expiryDate() != null && !expiry.equals(document.expiryDate()))) {
      inconsistent.add("EXPIRY_DATE");
    }
    String state = alpha2(f.state);
    if (state != null && !state.equals(document.countryOfIssue())) {
      inconsistent.add("ISSUING_STATE");
    }
    if (!namesAgree(f.name, document.fullName(), document.countryOfIssue())) {
      inconsistent.add("NAME");
    }
    boolean specimen = "UTO".equals(f.state) || "UTO".equals(f.nationality)
        || SPECIMEN_NUMBERS.contains(f.number) || SPECIMEN_NUMBERS.contains(visualNumber);
    return new MrzCheck(f.format, f.failures, inconsistent, specimen);
  }

  // ---------------------------------------------------------------------------------------------

  private static final class Fields {
    MrzFormat format;
    String state;
    String number;
    String nationality;
    String birth;
    String expiry;
    String name;
    final List<String> failures = new ArrayList<>();
  }

  static Fields parse(List<String> l) {
    if (l.size() == 3 && l.stream().allMatch(s -> s.length() == 30)) {
      return td1(l.get(0), l.get(1), l.get(2));
    }
    if (l.size() == 2 && l.get(0).length() == 36 && l.get(1).length() == 36) {
      return td2or3(MrzFormat.TD2, l.get(0), l.get(1));
    }
    if (l.size() == 2 && l.get(0).length() == 44 && l.get(1).length() == 44) {
      return td2or3(MrzFormat.TD3, l.get(0), l.get(1));
    }
    return null;
  }

  private static Fields td2or3(MrzFormat format, String l1, String l2) {
    Fields f = new Fields();
    f.format = format;
    f.state = l1.substring(2, 5);
    f.name = l1.substring(5);
    f.number = l2.substring(0, 9).replace("<", "");
    f.nationality = l2.substring(10, 13);
    f.birth = l2.substring(13, 19);
    f.expiry = l2.substring(21, 27);
    verify(f, "DOCUMENT_NUMBER", l2.substring(0, 9), l2.charAt(9));
    verify(f, "DATE_OF_BIRTH", f.birth, l2.charAt(19));
    verify(f, "EXPIRY_DATE", f.expiry, l2.charAt(27));
    int end = l2.length() - 1;
    if (format == MrzFormat.TD3) {
      String personal = l2.substring(28, 42);
      char cd = l2.charAt(42);
      boolean emptyAndFiller = personal.chars().allMatch(c -> c == '<') && cd == '<';
      if (!emptyAndFiller) {
        verify(f, "OPTIONAL_DATA", personal, cd);
      }
    }
    String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, end);
    verify(f, "COMPOSITE", composite, l2.charAt(end));
    return f;
  }

  private static Fields td1(String l1, String l2, String l3) {
    Fields f = new Fields();
    f.format = MrzFormat.TD1;
    f.state = l1.substring(2, 5);
    String number = l1.substring(5, 14);
    if (l1.charAt(14) == '<' && l1.charAt(15) != '<') {
      // Long number: it continues in the optional data and ends with its own check digit.
      String optional = l1.substring(15);
      int stop = optional.indexOf('<');
      String rest = stop < 0 ? optional : optional.substring(0, stop);
      if (rest.length() < 2) {
        f.failures.add("DOCUMENT_NUMBER");
        f.number = number.replace("<", "") + rest;
      } else {
        String full = number + rest.substring(0, rest.length() - 1);
        verify(f, "DOCUMENT_NUMBER", full, rest.charAt(rest.length() - 1));
        f.number = full.replace("<", "");
      }
    } else {
      verify(f, "DOCUMENT_NUMBER", number, l1.charAt(14));
      f.number = number.replace("<", "");
    }
    f.birth = l2.substring(0, 6);
    f.expiry = l2.substring(8, 14);
    f.nationality = l2.substring(15, 18);
    verify(f, "DATE_OF_BIRTH", f.birth, l2.charAt(6));
    verify(f, "EXPIRY_DATE", f.expiry, l2.charAt(14));
    String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
    verify(f, "COMPOSITE", composite, l2.charAt(29));
    f.name = l3;
    return f;
  }

  private static void verify(Fields f, String field, String data, char printed) {
    int expected = checkDigit(data);
    if (expected < 0 || printed != (char) ('0' + expected)) {
      f.failures.add(field);
    }
  }

  /** A birth date with possibly unknown month or day (filled with {@code <}). */
  private record Birth(int year, Integer month, Integer day) { }

  static Birth birthDate(String yymmdd, LocalDate today) {
    String yy = yymmdd.substring(0, 2);
    String mm = yymmdd.substring(2, 4);
    String dd = yymmdd.substring(4, 6);
    if (!yy.chars().allMatch(Character::isDigit)) {
      return null;
    }
    Integer month = "<<".equals(mm) ? null : parse2(mm);
    Integer day = "<<".equals(dd) ? null : parse2(dd);
    if ((month == null && !"<<".equals(mm)) || (day == null && !"<<".equals(dd)) || (month == null && day != null)) {
      return null;
    }
    int y = Integer.parseInt(yy);
    int year = 2000 + y;
    LocalDate earliest = LocalDate.of(year, month == null ? 1 : month, 1);
    if (earliest.isAfter(today)) {
      year -= 100;
    }
    try {
      if (day != null) {
        LocalDate d = LocalDate.of(year, month, day);
        if (d.isAfter(today)) {
          year -= 100;
          LocalDate.of(year, month, day);
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    return new Birth(year, month, day);
  }

  static LocalDate expiryDate(String yymmdd, LocalDate today) {
    if (!yymmdd.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int y = Integer.parseInt(yymmdd.substring(0, 2));
    try {
      LocalDate d = LocalDate.of(2000 + y, parse2(yymmdd.substring(2, 4)), parse2(yymmdd.substring(4, 6)));
      return d.isAfter(today.plusYears(50)) ? d.minusYears(100) : d;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Integer parse2(String s) {
    return s.chars().allMatch(Character::isDigit) ? Integer.valueOf(s) : null;
  }

  private static boolean agree(Birth mrz, PartialDate visual) {
    if (mrz.year != visual.year()) {
      return false;
    }
    if (mrz.month != null && visual.month() != null && !mrz.month.equals(visual.month())) {
      return false;
    }
    return mrz.day == null || visual.day() == null || mrz.day.equals(visual.day());
  }

  /** True when the MRZ name field names the visual name, allowing truncation of a full field. */
  private boolean namesAgree(String field, String visual, String country) {
    String mrzName = field.replaceAll("<+$", "");
    NameComparison c = names.compare(mrzName, visual, country);
    if (c.verdict() == NameVerdict.MATCH) {
      return true;
    }
    boolean truncated = field.charAt(field.length() - 1) != '<';
    if (!truncated) {
      return false;
    }
    String prefix = IcuNameMatcher.icaoPunctuation(mrzName.toLowerCase(Locale.ROOT));
    for (String key : names.latinKeys(visual, country)) {
      String[] t = key.split(" ");
      String surnameLast = t.length > 1 ? t[t.length - 1] + " " + String.join(" ", java.util.Arrays.copyOf(t, t.length - 1)) : key;
      if (key.startsWith(prefix) || surnameLast.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> alpha3Map() {
    Map<String, String> m = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      try {
        m.put(new Locale("", a2).getISO3Country(), a2);
      } catch (MissingResourceException e) {
        // no alpha-3 code known for this country
      }
    }
    m.put("D", "DE");
    for (String gb : List.of("GBD", "GBN", "GBO", "GBP", "GBS")) {
      m.put(gb, "GB");
    }
    m.put("RKS", "XK");
    m.put("UNK", "XK");
    return Map.copyOf(m);
  }
}
