package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An inspector is a name and a law-enforcement certificate number (《行政处罚法》 Art. 42). */
class InspectorTest {
  @ParameterizedTest
  @ValueSource(strings = {"张伟:50010012345", "张伟：50010012345", " 张伟 : 50010012345 ", "张伟:50010012345\t"})
  void aNameAndANumberAreReadWithEitherColon(String given) {
    assertThat(Inspector.parse(given)).isEqualTo(new Inspector("张伟", "50010012345"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "张伟|has no law-enforcement certificate number",
      "张伟:|has no law-enforcement certificate number",
      "张伟：  |has no law-enforcement certificate number",
      ":500100|an inspector's name is not empty",
      "张伟:500 100|without spaces or colons",
      "张伟:500100:7|without spaces or colons",
      "张伟:123456789012345678901234567890123|1 to 32 characters"})
  void aMissingOrMalformedNumberOrNameIsRefusedSayingWhy(String given, String reason) {
    assertThatThrownBy(() -> Inspector.parse(given)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
  }
}
