package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.camsurvey.read.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/SURVEY-FORMAT.md's order: --encoding, .cpg, language driver byte, valid UTF-8, else a GB18030 guess. */
class CodePagesTest {
  private static CodePages.Choice choose(Charset requested, String cpg, int driver, boolean utf8) {
    return CodePages.choose(requested, cpg, "t.cpg", "test", driver, () -> utf8);
  }

  @Test
  void theUsersEncodingComesFirst() {
    assertThat(choose(StandardCharsets.ISO_8859_1, "UTF-8", 0x4D, true))
        .isEqualTo(new CodePages.Choice(StandardCharsets.ISO_8859_1, false));
  }

  @Test
  void thenTheCpg() {
    assertThat(choose(null, "1252\r\n", 0x4D, true).charset()).isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void thenTheLanguageDriver() {
    assertThat(choose(null, null, 0x4D, true)).isEqualTo(new CodePages.Choice(CodePages.GB18030, false));
    assertThat(choose(null, "", 0x7A, true)).isEqualTo(new CodePages.Choice(CodePages.GB18030, false));
    assertThat(choose(null, null, 0x03, false).charset()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(choose(null, null, 0x01, false).charset()).isEqualTo(Charset.forName("IBM437"));
  }

  @Test
  void thenUtf8WhenTheBytesAreUtf8() {
    assertThat(choose(null, null, 0, true)).isEqualTo(new CodePages.Choice(StandardCharsets.UTF_8, false));
  }

  @Test
  void elseAGb18030Guess() {
    assertThat(choose(null, null, 0, false)).isEqualTo(new CodePages.Choice(CodePages.GB18030, true));
  }

  @Test
  void theAnsiDriverAndOemOrAnsiCpgsSayNothing() {
    assertThat(choose(null, null, 0x57, false)).isEqualTo(new CodePages.Choice(CodePages.GB18030, true));
    assertThat(choose(null, "OEM", 0, true)).isEqualTo(new CodePages.Choice(StandardCharsets.UTF_8, false));
    assertThat(choose(null, "ANSI", 0x4D, true).charset()).isEqualTo(CodePages.GB18030);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      UTF-8      | UTF-8
      utf8       | UTF-8
      65001      | UTF-8
      GBK        | GB18030
      936        | GB18030
      CP936      | GB18030
      GB2312     | GB18030
      GB18030    | GB18030
      ANSI 1252  | windows-1252
      1251       | windows-1251
      88591      | ISO-8859-1
      8859_1     | ISO-8859-1
      ISO 88591  | ISO-8859-1
      ISO-8859-5 | ISO-8859-5
      950        | x-windows-950
      Big5       | Big5
      """)
  void cpgNames(String cpg, String charset) {
    assertThat(CodePages.ofName(cpg)).isEqualTo(Charset.forName(charset));
  }

  @Test
  void aCpgNamingWhatJavaLacksIsAnError() {
    assertThatThrownBy(() -> choose(null, "KLINGON", 0, true)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.file()).isEqualTo("t.cpg");
      assertThat(e.reason()).contains("--encoding");
    });
  }
}
