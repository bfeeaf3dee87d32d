package dev.kycrules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuNameMatcherTest {
  private final IcuNameMatcher matcher = new IcuNameMatcher();

  private NameComparison cmp(String typed, String doc, String country) {
    return matcher.compare(typed, doc, country);
  }

  @Test
  void preloadingChangesNoVerdict() {
    NameComparison before = cmp("Zhang Wei", "张伟", "CN");
    IcuNameMatcher.preload();
    IcuNameMatcher.preload();
    assertThat(cmp("Zhang Wei", "张伟", "CN")).isEqualTo(before);
    assertThat(cmp("Yuliya Ivanova", "Юлия Иванова", "RU").verdict()).isEqualTo(NameVerdict.MATCH);
  }

  @ParameterizedTest(name = "{0} vs {1} ({2}) -> {3}")
  @CsvSource({
      "Zhang Wei, 张伟, CN, MATCH",
      "Lyu, 吕, CN, MATCH",
      "Lv, 吕, CN, MATCH",
      "Lu, 吕, CN, MATCH",
      "Shan, 单, CN, MATCH",
      "Shan, 單, TW, MATCH",
      "José Müller, JOSE MUELLER, DE, MATCH",
      "José Müller, JOSE MULLER, DE, MATCH",
      "José Müller, JOSE<MUELLER, DE, MATCH",
      "Ｊｏｓｅ, JOSE, ES, MATCH",
      "Wei Zhang, ZHANG WEI, CN, MATCH",
      "Wei Zhang, 张伟, CN, MATCH",
      "ZHANG Xiaoming, 張小明, TW, MATCH",
      "Anna, ANNA MARIA, SE, PARTIAL",
      "髙橋, 高橋, JP, MATCH",
      "渡辺, 渡邊, JP, MATCH",
      "山﨑, 山崎, JP, MATCH",
      "Petra, PAVEL, CZ, MISMATCH",
      "Jon, JOHN, US, FUZZY",
      "Jon Smith, JOHN SMITH, US, FUZZY",
      "Yamada, 山田, JP, INDETERMINATE",
      "Zhang Wen, ZHANG WEI, CN, MISMATCH",
      "Zhang Wen, 张伟, CN, MISMATCH",
      "Wei, 张伟, CN, MISMATCH",
      "O’Brien-Smith, OBRIEN SMITH, IE, MATCH",
      "Iuliia Shcherbakova, Юлия Щербакова, RU, MATCH",
      "Yuliya Shcherbakova, Юлия Щербакова, RU, MATCH",
      "Yulia Shcherbakova, Юлия Щербакова, RU, FUZZY",
      "Piao Zhimin, 朴智敏, CN, MATCH",
      "Ouyang Nana, 欧阳娜娜, CN, MATCH",
      "Li, LEE, GB, MISMATCH",
  })
  void ladder(String typed, String doc, String country, NameVerdict expected) {
    assertThat(cmp(typed, doc, country).verdict()).isEqualTo(expected);
  }

  @Test
  void transliteratedMatchCarriesEvidence() {
    NameComparison c = cmp("Zhang Wei", "张伟", "CN");
    assertThat(c.tolerated()).contains("TRANSLITERATED", "CASE_FOLDED");
    assertThat(c.documentKey()).isEqualTo("zhang wei");
    assertThat(c.firstDifference()).isEqualTo(-1);
    assertThat(c.confusable()).isFalse();
  }

  @Test
  void tokenOrderIsRecorded() {
    assertThat(cmp("Wei Zhang", "ZHANG WEI", "CN").tolerated()).contains("TOKEN_ORDER");
  }

  @Test
  void widthFoldingIsRecorded() {
    assertThat(cmp("Ｊｏｓｅ", "JOSE", "ES").tolerated()).contains("WIDTH_FOLDED");
  }

  @Test
  void hanVariantIsRecorded() {
    assertThat(cmp("髙橋", "高橋", "JP").tolerated()).contains("HAN_VARIANT_FOLDED");
  }

  @Test
  void icaoSpellingIsRecordedAsDiacritics() {
    NameComparison c = cmp("José Müller", "JOSE MUELLER", "DE");
    assertThat(c.tolerated()).contains("DIACRITICS_FOLDED");
    assertThat(c.typedKey()).isEqualTo("jose mueller");
  }

  @Test
  void invisibleCharactersAreRemoved() {
    NameComparison c = cmp("A\u200BNNA", "ANNA", "SE");
    assertThat(c.verdict()).isEqualTo(NameVerdict.MATCH);
    assertThat(c.tolerated()).contains("INVISIBLE_REMOVED");
  }

  @Test
  void partialNamesTheExtraTokens() {
    NameComparison c = cmp("Anna", "ANNA MARIA", "SE");
    assertThat(c.tolerated()).contains("DOCUMENT_HAS_EXTRA_TOKENS");
  }

  @Test
  void cyrillicLookAlikeInLatinNameIsConfusable() {
    NameComparison c = cmp("\u0410nna", "ANNA", "SE");
    assertThat(c.confusable()).isTrue();
    assertThat(c.verdict()).isEqualTo(NameVerdict.MATCH);
    assertThat(c.tolerated()).contains("CONFUSABLE_FOLDED");
    assertThat(cmp("Anna", "ANNA", "SE").confusable()).isFalse();
    assertThat(cmp("José Müller", "JOSE MUELLER", "DE").confusable()).isFalse();
  }

  @Test
  void fuzzyReportsScoreAndFirstDifference() {
    NameComparison c = cmp("Jon", "JOHN", "US");
    assertThat(c.score()).isBetween(0.92, 0.99);
    assertThat(c.firstDifference()).isEqualTo(2);
  }

  @Test
  void singleLetterOffIsNotAMatch() {
    NameComparison c = cmp("Zhang Wen", "ZHANG WEI", "CN");
    assertThat(c.verdict()).isNotEqualTo(NameVerdict.MATCH);
    assertThat(c.firstDifference()).isEqualTo(8);
    assertThat(c.tolerated()).isEmpty();
  }

  @Test
  void surnameIsHeldToAStricterThreshold() {
    // Jaro-Winkler of these surnames is about 0.94: enough for a given name, not for a surname
    // (0.96 at the default threshold), and the typed surname must meet the document's.
    IcuNameMatcher m = new IcuNameMatcher(0.92);
    assertThat(m.compare("Anna Ericsson", "ERIKSSON ANNA MARIA", "SE").verdict())
        .isEqualTo(NameVerdict.MISMATCH);
    assertThat(new IcuNameMatcher(0.88).compare("Anna Ericsson", "ERIKSSON ANNA MARIA", "SE").verdict())
        .isEqualTo(NameVerdict.FUZZY);
    // A lone typed middle name is not the document's surname.
    assertThat(m.compare("Xiaoming", "张小明", "CN").verdict()).isEqualTo(NameVerdict.MISMATCH);
  }

  @Test
  void thresholdIsAParameter() {
    assertThat(new IcuNameMatcher(0.95).compare("Jon", "JOHN", "US").verdict()).isEqualTo(NameVerdict.MISMATCH);
    assertThat(new IcuNameMatcher(0.95).fuzzyThreshold()).isEqualTo(0.95);
    assertThatThrownBy(() -> new IcuNameMatcher(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
