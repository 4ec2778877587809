package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Liang's algorithm with TeX's US English patterns: where an English word may take a hyphen, and where never. */
class HyphenationTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // Liang's own examples and TeX's
      "hyphenation, hy-phen-ation",
      "inspection, in-spec-tion",
      "administrative, ad-min-is-tra-tive",
      "rectification, rec-ti-fi-ca-tion",
      "surveillance, sur-veil-lance",
      "information, in-for-ma-tion",
      "Certificate, Cer-tifi-cate",
      // TeX's exceptions, not its patterns
      "table, ta-ble",
      "project, project",
      // at least two letters before a hyphen and three after it
      "camera, cam-era",
      "zones, zones",
      "site, site",
      // ids, numbers and words of other scripts have no hyphenation point
      "ST05, ST05",
      "2023-09-01, 2023-09-01",
      "m², m²",
      "检查记录, 检查记录"})
  void aWordIsHyphenatedWhereTheUsEnglishPatternsAllow(String word, String hyphenated) {
    assertThat(Hyphenation.hyphenated(word)).isEqualTo(hyphenated);
  }
}
