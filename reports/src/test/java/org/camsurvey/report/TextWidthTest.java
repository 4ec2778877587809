package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Terminal columns: CJK takes two, the rest one; wrapping never passes the width. */
class TextWidthTest {
  /** Columns as a terminal counts them, independently of {@link TextWidth}. */
  static int columns(String s) {
    return s.codePoints().map(cp -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
      boolean wide = script == Character.UnicodeScript.HAN
          || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
          || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp <= 0xFF60
          || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
          || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
      return wide ? 2 : 1;
    }).sum();
  }

  @Test
  void widths() {
    assertThat(TextWidth.of("")).isZero();
    assertThat(TextWidth.of("ART9 m²→")).isEqualTo(8);
    assertThat(TextWidth.of("卫生间")).isEqualTo(6);
    assertThat(TextWidth.of("（一）、。")).isEqualTo(10);
    assertThat(TextWidth.of("Z-W-01“公共卫生间（男、女）”")).isEqualTo(6 + 1 + 20 + 1);
    assertThat(TextWidth.of("𠀋")).isEqualTo(2);
    assertThat(TextWidth.pad("卫生间", 8)).isEqualTo("卫生间  ");
    assertThat(TextWidth.pad("卫生间", 4)).isEqualTo("卫生间");
  }

  static Stream<Arguments> texts() {
    String en = "Mandated zone Z-ST-02 “邹容路步行街南出入口” (Art. 8(7)) is 37.7% covered at observe quality by its own"
        + " site's cameras; 90% is required. Cameras of other sites also see it: JFB-MALL/M-01, JFB-HOTEL/H-02.";
    String zh = "应当安装区域 Z-ST-02“邹容路步行街南出入口”（第八条第（七）项）由本单位摄像机在“观察”画质下覆盖 37.7%，"
        + "要求不低于 90%。其他单位的摄像机亦可见该区域：JFB-MALL/M-01、JFB-HOTEL/H-02。";
    String longWord = "Layer cameras of /home/inspector/surveys/2024/yuzhong/jiefangbei-pedestrian-street-phase-2/cameras.csv has no"
        + " field retention.";
    String cjkRun = "第二十四条　违反本办法第九条、第十一条第三款规定安装公共视频系统的，由公安机关责令立即拆除；拒不拆除的，由公安机关依法强制拆除。";
    return Stream.of(40, 60, 76, 80).flatMap(w -> Stream.of(
        Arguments.of(en, w), Arguments.of(zh, w), Arguments.of(longWord, w), Arguments.of(cjkRun, w)));
  }

  @ParameterizedTest(name = "width {1}: {0}")
  @MethodSource("texts")
  void wrappedLinesFitTheWidthAndKeepEveryCharacter(String text, int width) {
    List<String> lines = TextWidth.wrap(text, width);

    assertThat(lines).allSatisfy(line -> assertThat(columns(line)).as(line).isLessThanOrEqualTo(width));
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    assertThat(lines).noneSatisfy(line -> assertThat(line).matches("^[，。、；：？！）》」』】].*"));
  }

  @Test
  void breaksAtSpacesBetweenWideCharactersAndNowhereElse() {
    assertThat(TextWidth.wrap("aaaa bbbb cccc", 9)).containsExactly("aaaa bbbb", "cccc");
    assertThat(TextWidth.wrap("aaaa  bbbb", 4)).containsExactly("aaaa", "bbbb");
    assertThat(TextWidth.wrap("第九条第（三）项", 10)).containsExactly("第九条第", "（三）项");
    assertThat(TextWidth.wrap("“公共卫生间”", 6)).containsExactly("“公共", "卫生", "间”");
    assertThat(TextWidth.wrap("区域：卫生间。", 6)).containsExactly("区域：", "卫生", "间。");
  }

  @Test
  void aWordLongerThanTheWidthIsCutAtTheWidth() {
    assertThat(TextWidth.wrap("abcdefghijkl", 5)).containsExactly("abcde", "fghij", "kl");
    assertThat(TextWidth.wrap("file /srv/a/b/c/cameras.csv is", 10))
        .containsExactly("file", "/srv/a/b/c", "/cameras.c", "sv is");
  }

  @Test
  void shortTextStaysOnOneLine() {
    assertThat(TextWidth.wrap("Camera ST-06 has no visible sign.", 80)).containsExactly("Camera ST-06 has no visible sign.");
    assertThat(TextWidth.wrap("摄像机 ST-06 未设置明显标识（第十条）。", 80)).containsExactly("摄像机 ST-06 未设置明显标识（第十条）。");
    assertThat(TextWidth.wrap("", 80)).isEmpty();
  }
}
