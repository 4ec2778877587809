package org.camsurvey.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"1, 一", "3, 三", "10, 十", "11, 十一", "19, 十九", "20, 二十", "28, 二十八", "34, 三十四", "99, 九十九"})
  void writesAndReadsNumeralsAsStatutesNumberTheirParts(int number, String numeral) {
    assertThat(ChineseNumeral.format(number)).isEqualTo(numeral);
    assertThat(ChineseNumeral.parse(numeral)).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "二三", "十十", "百", "3"})
  void refusesWhatIsNotANumeral(String text) {
    assertThatThrownBy(() -> ChineseNumeral.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a Chinese numeral");
  }
}
