package dev.kycrules.check;

import com.google.common.base.Suppliers;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares a typed full name with the document's full name across scripts, using ICU4J for Unicode
 * folding, script detection, transliteration and look-alike detection, and Jaro-Winkler similarity
 * per token for near misses.
 *
 * <p>Both names go through the same clean-up: NFKC case folding (which also drops zero-width
 * characters and variation selectors), a small table of Han variant characters, and the ICAO 9303
 * punctuation conventions (apostrophes removed; hyphens, dots, commas, slashes and {@code <} read as
 * spaces). Each name then yields a set of candidate keys: Latin names an ICAO key (Ü as UE) and a
 * plain ASCII key; Chinese names their own folded Han form plus pinyin keys read with surname
 * readings (with LYU/LV/LU spellings of ü); Cyrillic names ICAO and BGN/PCGN keys. Every pair of
 * keys is tried on the ladder exact, whitespace-insensitive, token order, token subset and fuzzy,
 * and the best outcome wins.
 *
 * <p>Japanese names written with kanji, Korean names and scripts without a reliable romanisation
 * cannot be checked against Latin letters and yield {@link NameVerdict#INDETERMINATE} unless they
 * match outright. Thread-safe.
 */
public final class IcuNameMatcher implements NameMatcher {
  /** The default lowest Jaro-Winkler similarity a given-name token may have (policy DATA_NAME_FUZZY). */
  public static final double DEFAULT_FUZZY_THRESHOLD = 0.92;

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  /*
   * ICU data is loaded on first use, not when the class loads: compiling the Han-Latin rules alone
   * takes most of a second in a cold JVM, and a name written in Latin letters needs none of them.
   * ICU transliterators and spoof checkers carry no per-call state and may be shared by threads.
   */
  private static final Supplier<SpoofChecker> SPOOF = Suppliers.memoize(() -> new SpoofChecker.Builder()
      .setChecks(SpoofChecker.RESTRICTION_LEVEL)
      .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
      .build());
  private static final Supplier<Transliterator> HAN_TO_LATIN = transliterator("Hant-Hans; Han-Latin/Names");
  private static final Supplier<Transliterator> HANT_TO_HANS = transliterator("Hant-Hans");
  private static final Supplier<Transliterator> LATIN_ASCII = transliterator("Latin-ASCII");
  private static final Supplier<Transliterator> RUSSIAN_BGN = transliterator("Russian-Latin/BGN; Latin-ASCII");
  private static final Supplier<Transliterator> ANY_LATIN = transliterator("Any-Latin; Latin-ASCII");
  /** Latin-ASCII of single letters (Latin-1 Supplement, Latin Extended-A/B and Additional: at most about 700). */
  private static final ConcurrentHashMap<Character, String> ASCII_LETTERS = new ConcurrentHashMap<>();

  /**
   * Han characters that Unicode encodes separately but that name registers treat as one. Each maps
   * to the form the Traditional-to-Simplified step would reach, so both sides meet. Kept small on
   * purpose: folding too much would merge distinct family names.
   */
  private static final Map<Integer, String> HAN_VARIANTS = Map.of(
      0x9AD9, "高", // 髙 "ladder" taka
      0xFA11, "崎", // 﨑 compatibility-block saki, untouched by NFKC
      0x5D5C, "崎", // 嵜
      0x20BB7, "吉", // 𠮷 "earth" yoshi
      0x908A, "边", // 邊
      0x9089, "边", // 邉
      0x8FBA, "边", // 辺 (Japanese form)
      0x5FB3, "德", // 徳 (Japanese form)
      0x6CA2, "泽"); // 沢 (Japanese form)

  /** Surname readings that ICU's name transliteration gets wrong. */
  private static final Map<String, String> SURNAME_READINGS = Map.of(
      "朴", "piao", "缪", "miao", "覃", "qin", "繆", "miao");

  /** Two-character family names, so the given name can be joined correctly. */
  private static final Set<String> COMPOUND_SURNAMES = Set.of(
      "欧阳", "司马", "诸葛", "上官", "尉迟", "万俟", "东方", "皇甫", "令狐", "夏侯", "公孙", "慕容",
      "司徒", "长孙", "宇文", "澹台", "公冶", "轩辕", "端木", "独孤");

  /** ICAO 9303 spellings for Latin letters whose accents are spelled out rather than dropped. */
  private static final Map<Character, String> ICAO_LATIN = Map.ofEntries(
      Map.entry('ä', "ae"), Map.entry('å', "aa"), Map.entry('æ', "ae"), Map.entry('ö', "oe"),
      Map.entry('ø', "oe"), Map.entry('œ', "oe"), Map.entry('ü', "ue"), Map.entry('þ', "th"),
      Map.entry('ĳ', "ij"), Map.entry('ð', "d"));

  /** ICAO 9303 transliteration of Cyrillic (Russian, Ukrainian, Belarusian letters). */
  private static final Map<Character, String> ICAO_CYRILLIC = icaoCyrillic();

  private final double givenThreshold;
  private final double surnameThreshold;

  /** A matcher with the default fuzzy threshold of 0.92. */
  public IcuNameMatcher() {
    this(DEFAULT_FUZZY_THRESHOLD);
  }

  /**
   * A matcher whose given-name tokens pass the fuzzy step at a Jaro-Winkler similarity of at least
   * {@code fuzzyThreshold}; surname tokens must close half of the remaining gap to 1 (0.96 for
   * 0.92).
   *
   * @throws IllegalArgumentException unless 0.5 &lt;= fuzzyThreshold &lt;= 1
   */
  public IcuNameMatcher(double fuzzyThreshold) {
    if (!(fuzzyThreshold >= 0.5 && fuzzyThreshold <= 1.0)) {
      throw new IllegalArgumentException("fuzzy threshold must lie in 0.5..1, was " + fuzzyThreshold);
    }
    this.givenThreshold = fuzzyThreshold;
    this.surnameThreshold = 1.0 - (1.0 - fuzzyThreshold) / 2;
  }

  /** The given-name threshold this matcher was built with. */
  public double fuzzyThreshold() {
    return givenThreshold;
  }

  @Override
  public NameComparison compare(String typed, String onDocument, String documentCountry) {
    String country = documentCountry == null ? "" : documentCountry.toUpperCase(Locale.ROOT);
    Side t = prepare(typed == null ? "" : typed, country);
    Side d = prepare(onDocument == null ? "" : onDocument, country);
    if (t.folded.isEmpty() || d.folded.isEmpty()) {
      return new NameComparison(NameVerdict.INDETERMINATE, List.of(), t.folded, d.folded, -1, 0.0, t.confusable);
    }
    Outcome best = null;
    for (Key kt : t.keys) {
      for (Key kd : d.keys) {
        Outcome o = ladder(kt, kd);
        if (best == null || o.betterThan(best)) {
          best = o;
        }
      }
    }
    boolean unverifiable = t.unverifiable || d.unverifiable;
    if (unverifiable && t.kind != d.kind && best.verdict != NameVerdict.MATCH) {
      return new NameComparison(NameVerdict.INDETERMINATE, List.of(), t.folded, d.folded, -1, 0.0, t.confusable);
    }
    EnumSet<NameTolerance> tol = EnumSet.noneOf(NameTolerance.class);
    tol.addAll(t.cleanup);
    tol.addAll(d.cleanup);
    tol.addAll(best.typed.tags);
    tol.addAll(best.document.tags);
    tol.addAll(best.steps);
    if (best.verdict == NameVerdict.MISMATCH) {
      tol.clear();
    }
    List<String> names = tol.stream().map(Enum::name).toList();
    return new NameComparison(best.verdict, names, best.typed.text, best.document.text, best.firstDifference,
        best.score, t.confusable);
  }

  /** The Latin candidate keys of a name (lower case, single spaces), for prefix comparisons. */
  List<String> latinKeys(String name, String documentCountry) {
    Side s = prepare(name, documentCountry == null ? "" : documentCountry.toUpperCase(Locale.ROOT));
    return s.keys.stream().map(Key::text)
        .filter(k -> k.codePoints().allMatch(cp -> cp < 0x80))
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Preparation

  private enum Kind { LATIN, HAN, JAPANESE, KOREAN, CYRILLIC, OTHER }

  private record Key(String text, Set<NameTolerance> tags, boolean surnameFirst) {
    List<String> tokens() {
      return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }
  }

  private static final class Side {
    final EnumSet<NameTolerance> cleanup = EnumSet.noneOf(NameTolerance.class);
    String folded = "";
    Kind kind = Kind.LATIN;
    boolean confusable;
    boolean unverifiable;
    final List<Key> keys = new ArrayList<>();
  }

  private Side prepare(String raw, String country) {
    Side s = new Side();
    String nfkc = NFKC.normalize(raw);
    raw.codePoints().forEach(cp -> {
      int dt = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
      if (dt == UCharacter.DecompositionType.WIDE || dt == UCharacter.DecompositionType.NARROW) {
        s.cleanup.add(NameTolerance.WIDTH_FOLDED);
      } else if (dt != UCharacter.DecompositionType.NONE && dt != UCharacter.DecompositionType.CANONICAL) {
        s.cleanup.add(NameTolerance.UNICODE_FOLDED);
      }
      if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
        s.cleanup.add(NameTolerance.INVISIBLE_REMOVED);
      }
    });
    String cf = NFKC_CF.normalize(raw);
    if (nfkc.codePoints().anyMatch(cp -> UCharacter.hasBinaryProperty(cp, UProperty.CHANGES_WHEN_CASEFOLDED))) {
      s.cleanup.add(NameTolerance.CASE_FOLDED);
    }
    String variants = foldHanVariants(cf);
    if (!variants.equals(cf)) {
      s.cleanup.add(NameTolerance.HAN_VARIANT_FOLDED);
    }
    String punct = icaoPunctuation(variants);
    if (!punct.equals(variants.strip().replaceAll("\\s+", " "))) {
      s.cleanup.add(NameTolerance.PUNCTUATION);
    }
    String tokensFolded = foldConfusables(punct, s);
    s.folded = tokensFolded;
    s.kind = kindOf(tokensFolded, country);
    buildKeys(s);
    return s;
  }

  static String foldHanVariants(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      String v = HAN_VARIANTS.get(cp);
      if (v == null) {
        b.appendCodePoint(cp);
      } else {
        b.append(v);
      }
    });
    return b.toString();
  }

  /** Deletes apostrophes, turns ICAO separators into spaces and collapses whitespace. */
  static String icaoPunctuation(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> { }
        case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '<', '.', ',', '/',
            '\u30FB', '\u00B7' -> b.append(' ');
        default -> b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
      }
    }
    return b.toString().strip().replaceAll(" +", " ");
  }

  /**
   * Reads letters of a minority script that look like letters of the token's main script as those
   * letters, and marks the side confusable when that happens inside one token.
   */
  private static String foldConfusables(String s, Side side) {
    if (s.isEmpty()) {
      return s;
    }
    String[] tokens = s.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      String tok = tokens[i];
      if (isAscii(tok) || !SPOOF.get().failsChecks(tok)) {
        continue;
      }
      int main = dominantScript(tok);
      StringBuilder b = new StringBuilder();
      boolean changed = false;
      for (int k = 0; k < tok.length(); ) {
        int cp = tok.codePointAt(k);
        int sc = UScript.getScript(cp);
        String repl = null;
        if (sc != main && sc != UScript.COMMON && sc != UScript.INHERITED) {
          String sk = SPOOF.get().getSkeleton(new String(Character.toChars(cp)));
          String lower = sk.toLowerCase(Locale.ROOT);
          if (lower.codePointCount(0, lower.length()) == 1 && UScript.getScript(lower.codePointAt(0)) == main) {
            repl = lower;
          }
        }
        if (repl != null) {
          b.append(repl);
          changed = true;
        } else {
          b.appendCodePoint(cp);
        }
        k += Character.charCount(cp);
      }
      if (changed) {
        side.confusable = true;
        side.cleanup.add(NameTolerance.CONFUSABLE_FOLDED);
        tokens[i] = b.toString();
      }
    }
    return String.join(" ", tokens);
  }

  private static int dominantScript(String s) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    s.codePoints().forEach(cp -> {
      int sc = UScript.getScript(cp);
      if (sc != UScript.COMMON && sc != UScript.INHERITED && sc != UScript.UNKNOWN) {
        counts.merge(sc, 1, Integer::sum);
      }
    });
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(UScript.LATIN);
  }

  private static Kind kindOf(String s, String country) {
    boolean kana = s.codePoints().anyMatch(cp -> {
      int sc = UScript.getScript(cp);
      return sc == UScript.HIRAGANA || sc == UScript.KATAKANA;
    });
    int main = dominantScript(s);
    if (kana) {
      return Kind.JAPANESE;
    }
    if (main == UScript.HAN) {
      return switch (country) {
        case "JP" -> Kind.JAPANESE;
        case "KR", "KP" -> Kind.KOREAN;
        default -> Kind.HAN;
      };
    }
    if (main == UScript.HANGUL) {
      return Kind.KOREAN;
    }
    if (main == UScript.CYRILLIC) {
      return Kind.CYRILLIC;
    }
    if (main == UScript.LATIN) {
      return Kind.LATIN;
    }
    return Kind.OTHER;
  }

  private void buildKeys(Side s) {
    String f = s.folded;
    Set<NameTolerance> none = EnumSet.noneOf(NameTolerance.class);
    switch (s.kind) {
      case LATIN -> {
        String ascii = ascii(f);
        String icao = ascii(icaoLatin(f));
        Set<NameTolerance> dia = EnumSet.of(NameTolerance.DIACRITICS_FOLDED);
        addKey(s, f, none, false);
        addKey(s, ascii, ascii.equals(f) ? none : dia, false);
        addKey(s, icao, icao.equals(f) ? none : dia, false);
      }
      case HAN -> {
        String hans = hans(f);
        addKey(s, hans, hans.equals(f) ? none : EnumSet.of(NameTolerance.HAN_VARIANT_FOLDED), true);
        for (String k : pinyinKeys(hans)) {
          addKey(s, k, EnumSet.of(NameTolerance.TRANSLITERATED), true);
        }
      }
      case CYRILLIC -> {
        Set<NameTolerance> tr = EnumSet.of(NameTolerance.TRANSLITERATED);
        addKey(s, f, none, false);
        addKey(s, ascii(icaoCyrillicKey(f)), tr, false);
        addKey(s, translit(RUSSIAN_BGN, f), tr, false);
      }
      case JAPANESE, KOREAN -> {
        s.unverifiable = true;
        addKey(s, hans(f), none, false);
        boolean kanaOnly = f.codePoints().noneMatch(cp -> UScript.getScript(cp) == UScript.HAN);
        if (kanaOnly || s.kind == Kind.KOREAN) {
          addKey(s, translit(ANY_LATIN, f), EnumSet.of(NameTolerance.TRANSLITERATED), false);
        }
      }
      case OTHER -> {
        s.unverifiable = true;
        addKey(s, f, none, false);
        addKey(s, translit(ANY_LATIN, f), EnumSet.of(NameTolerance.TRANSLITERATED), false);
      }
    }
  }

  private static void addKey(Side s, String text, Set<NameTolerance> tags, boolean surnameFirst) {
    String k = text.strip().replaceAll(" +", " ");
    for (Key existing : s.keys) {
      if (existing.text.equals(k)) {
        return;
      }
    }
    s.keys.add(new Key(k, tags, surnameFirst));
  }

  private static Supplier<Transliterator> transliterator(String id) {
    return Suppliers.memoize(() -> Transliterator.getInstance(id));
  }

  /**
   * Loads every ICU table this matcher may need, so that the first non-Latin name does not pay for
   * it. Safe to call from any thread, any number of times.
   */
  public static void preload() {
    for (Supplier<?> s : List.of(SPOOF, HAN_TO_LATIN, HANT_TO_HANS, LATIN_ASCII, RUSSIAN_BGN, ANY_LATIN)) {
      s.get();
    }
  }

  private static String translit(Supplier<Transliterator> t, String s) {
    return t.get().transliterate(s);
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Latin-ASCII leaves ASCII text as it is, so ASCII skips the transliterator. Lower-case text whose
   * other letters are all in the Latin blocks is mapped a letter at a time from a cache, because
   * Latin-ASCII maps those letters without looking at their neighbours (a property test compares the
   * two on generated names); anything else goes through ICU whole.
   */
  static String ascii(String s) {
    if (isAscii(s)) {
      return s;
    }
    if (!perLetter(s)) {
      return translit(LATIN_ASCII, s);
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b.append(c);
      } else {
        b.append(ASCII_LETTERS.computeIfAbsent(c, k -> translit(LATIN_ASCII, String.valueOf(k))));
      }
    }
    return b.toString();
  }

  static boolean perLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        boolean latin = (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
        if (!latin || Character.isUpperCase(c) || Character.isTitleCase(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String hans(String s) {
    return translit(HANT_TO_HANS, s);
  }

  private static String icaoLatin(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      String r = ICAO_LATIN.get(s.charAt(i));
      b.append(r == null ? String.valueOf(s.charAt(i)) : r);
    }
    return b.toString();
  }

  private static String icaoCyrillicKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = ICAO_CYRILLIC.get(c);
      b.append(r == null ? String.valueOf(c) : r);
    }
    return b.toString();
  }

  /**
   * Pinyin keys for a Chinese name (already simplified, spaces dropped inside the name): the family
   * name read with surname readings, then the given name joined; plus a key with every syllable
   * separate. ü is written three ways: YU after L and N as exit-entry documents print it (plain U
   * in LÜE/NÜE), V as keyboards type it, and U as older documents carry it.
   */
  private List<String> pinyinKeys(String hans) {
    List<String> out = new ArrayList<>();
    String joined = hans.replace(" ", "");
    String[] chars = joined.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    if (chars.length == 0 || Arrays.stream(chars).anyMatch(c -> UScript.getScript(c.codePointAt(0)) != UScript.HAN)) {
      // Mixed content: a single whole-string reading is the best available.
      String all = translit(HAN_TO_LATIN, hans);
      for (int mode = 0; mode < 3; mode++) {
        out.add(ascii(writeU(stripTones(all), mode)));
      }
      return out;
    }
    String read = stripTones(translit(HAN_TO_LATIN, joined));
    String[] syl = read.split(" ");
    if (syl.length == chars.length) {
      String override = SURNAME_READINGS.get(chars[0]);
      if (override != null) {
        syl[0] = override;
      }
    }
    int surnameLen = chars.length > 2 && COMPOUND_SURNAMES.contains(chars[0] + chars[1]) ? 2 : 1;
    if (syl.length != chars.length) {
      surnameLen = 1;
    }
    String family = String.join("", Arrays.copyOfRange(syl, 0, Math.min(surnameLen, syl.length)));
    String given = String.join("", Arrays.copyOfRange(syl, Math.min(surnameLen, syl.length), syl.length));
    String split = String.join(" ", syl);
    for (int mode = 0; mode < 3; mode++) {
      out.add(ascii(writeU(given.isEmpty() ? family : family + " " + given, mode)));
      out.add(ascii(writeU(split, mode)));
    }
    return out;
  }

  /** Removes tone marks but keeps the diaeresis of ü. */
  private static String stripTones(String s) {
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK && c != '\u0308') {
        continue;
      }
      b.append(c);
    }
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
  }

  /** Mode 0: LYU/NYU for lü/nü, U elsewhere; mode 1: V; mode 2: U. */
  private static String writeU(String s, int mode) {
    if (s.indexOf('ü') < 0) {
      return s;
    }
    return switch (mode) {
      case 0 -> s.replaceAll("(?<![a-z])([ln])ü(?![a-z])", "$1yu").replace('ü', 'u');
      case 1 -> s.replace('ü', 'v');
      default -> s.replace('ü', 'u');
    };
  }

  private static Map<Character, String> icaoCyrillic() {
    String[][] pairs = {
        {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
        {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
        {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
        {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", "ie"}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
        {"ю", "iu"}, {"я", "ia"}, {"є", "ie"}, {"і", "i"}, {"ї", "i"}, {"ґ", "g"}, {"ў", "u"}};
    Map<Character, String> m = new LinkedHashMap<>();
    for (String[] p : pairs) {
      m.put(p[0].charAt(0), p[1]);
    }
    return Map.copyOf(m);
  }

  // ---------------------------------------------------------------------------------------------
  // The ladder

  private static final class Outcome {
    NameVerdict verdict;
    double score;
    int firstDifference = -1;
    Key typed;
    Key document;
    final EnumSet<NameTolerance> steps = EnumSet.noneOf(NameTolerance.class);

    int rank() {
      return switch (verdict) {
        case MATCH -> 4;
        case PARTIAL -> 3;
        case FUZZY -> 2;
        case MISMATCH -> 1;
        case INDETERMINATE -> 0;
      };
    }

    int cost() {
      return steps.size() + typed.tags.size() + document.tags.size();
    }

    boolean betterThan(Outcome o) {
      if (rank() != o.rank()) {
        return rank() > o.rank();
      }
      if (score != o.score) {
        return score > o.score;
      }
      return cost() < o.cost();
    }
  }

  private Outcome ladder(Key kt, Key kd) {
    Outcome o = new Outcome();
    o.typed = kt;
    o.document = kd;
    String a = kt.text;
    String b = kd.text;
    o.score = 1.0;
    o.verdict = NameVerdict.MATCH;
    if (a.equals(b)) {
      return o;
    }
    if (a.replace(" ", "").equals(b.replace(" ", ""))) {
      o.steps.add(NameTolerance.WHITESPACE);
      return o;
    }
    List<String> ta = kt.tokens();
    List<String> tb = kd.tokens();
    if (sorted(ta).equals(sorted(tb))) {
      o.steps.add(NameTolerance.TOKEN_ORDER);
      return o;
    }
    Alignment al = align(ta, tb, surnameSlots(kt, ta.size()), surnameSlots(kd, tb.size()));
    if (al != null) {
      if (tb.size() > ta.size()) {
        o.steps.add(NameTolerance.DOCUMENT_HAS_EXTRA_TOKENS);
      }
      if (!al.monotonic) {
        o.steps.add(NameTolerance.TOKEN_ORDER);
      }
      o.score = al.min;
      o.verdict = al.min >= 1.0 ? NameVerdict.PARTIAL : NameVerdict.FUZZY;
      if (o.verdict == NameVerdict.FUZZY) {
        o.firstDifference = firstDifference(a, b);
      }
      return o;
    }
    o.verdict = NameVerdict.MISMATCH;
    String sa = String.join(" ", sorted(ta));
    String sb = String.join(" ", sorted(tb));
    o.score = JW.apply(sa, sb);
    o.firstDifference = firstDifference(a, b);
    return o;
  }

  private static List<String> sorted(List<String> l) {
    List<String> c = new ArrayList<>(l);
    c.sort(null);
    return c;
  }

  /** The positions that may hold the family name: first for Chinese keys, first or last otherwise. */
  private static int[] surnameSlots(Key k, int n) {
    if (n < 2) {
      return new int[] {0};
    }
    return k.surnameFirst ? new int[] {0} : new int[] {0, n - 1};
  }

  private record Alignment(double min, boolean monotonic) { }

  /**
   * Finds the best one-to-one assignment of typed tokens to document tokens in which the typed
   * family-name slot meets a document family-name slot under the stricter threshold and every other
   * pair meets the given-name threshold. Tokens of three characters or fewer must be equal. When
   * both names have a single token there is no family name to single out.
   */
  private Alignment align(List<String> ta, List<String> tb, int[] slotsA, int[] slotsB) {
    int n = ta.size();
    int m = tb.size();
    if (n == 0 || n > m || m > 8) {
      return null;
    }
    boolean singles = n == 1 && m == 1;
    Alignment best = null;
    for (int sa : slotsA) {
      for (int sb : slotsB) {
        double s0 = pairScore(ta.get(sa), tb.get(sb), singles ? givenThreshold : surnameThreshold);
        if (s0 < 0) {
          continue;
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        assign[sa] = sb;
        boolean[] used = new boolean[m];
        used[sb] = true;
        Alignment a = search(ta, tb, assign, used, 0, s0);
        if (a != null && (best == null || a.min > best.min || (a.min == best.min && a.monotonic && !best.monotonic))) {
          best = a;
        }
      }
    }
    return best;
  }

  private Alignment search(List<String> ta, List<String> tb, int[] assign, boolean[] used, int i, double min) {
    if (i == ta.size()) {
      boolean mono = true;
      for (int k = 1; k < assign.length; k++) {
        mono &= assign[k] > assign[k - 1];
      }
      return new Alignment(min, mono);
    }
    if (assign[i] >= 0) {
      return search(ta, tb, assign, used, i + 1, min);
    }
    Alignment best = null;
    for (int j = 0; j < tb.size(); j++) {
      if (used[j]) {
        continue;
      }
      double s = pairScore(ta.get(i), tb.get(j), givenThreshold);
      if (s < 0) {
        continue;
      }
      used[j] = true;
      assign[i] = j;
      Alignment a = search(ta, tb, assign, used, i + 1, Math.min(min, s));
      assign[i] = -1;
      used[j] = false;
      if (a != null && (best == null || a.min > best.min || (a.min == best.min && a.monotonic && !best.monotonic))) {
        best = a;
      }
    }
    return best;
  }

  /** The similarity of two tokens, or -1 when they do not meet the threshold. */
  private static double pairScore(String x, String y, double threshold) {
    if (x.equals(y)) {
      return 1.0;
    }
    if (x.codePointCount(0, x.length()) <= 3 && y.codePointCount(0, y.length()) <= 3) {
      return -1;
    }
    double s = JW.apply(x, y);
    return s >= threshold ? s : -1;
  }

  /** The first 0-based index where the strings differ, or -1 when they are equal. */
  static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return a.length() == b.length() ? -1 : n;
  }
}
