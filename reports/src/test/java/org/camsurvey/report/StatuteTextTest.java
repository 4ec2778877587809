package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.junit.jupiter.api.Test;

/** The measures as plain text. */
class StatuteTextTest {
  @Test
  void theWholeStatuteInChinese() {
    List<String> lines = writeAll(Language.ZH);

    assertThat(lines.get(0)).isEqualTo("重庆市社会公共安全视频图像信息系统管理办法");
    assertThat(lines.get(1)).isEmpty();
    assertThat(lines.get(2)).startsWith("第一条\u3000为加强现代城市管理");
    assertThat(lines.stream().filter(l -> l.matches("第[一二三四五六七八九十]+条\u3000.*"))).hasSize(28);
    assertThat(lines.get(lines.size() - 1)).startsWith("第二十八条\u3000本办法自2009年12月11日起施行。");
    // every article preceded by one blank line, nothing else blank
    assertThat(lines.stream().filter(String::isEmpty)).hasSize(28);
  }

  @Test
  void theEnglishRenderingSaysItIsNotTheLaw() {
    List<String> lines = writeAll(Language.EN);

    assertThat(lines.get(1)).isEqualTo("(English rendering by the camsurvey project; the Chinese text is authoritative)");
    assertThat(lines.stream().filter(l -> l.startsWith("Article "))).hasSize(28);
  }

  @Test
  void aQuotedPartLineByLine() {
    StringWriter text = new StringWriter();
    StatuteText.writeLines(Statute.of(Language.ZH).quote("9.3"), new PrintWriter(text));

    assertThat(text.toString().lines()).containsExactly("第九条\u3000下列场所和区域禁止安装公共视频系统：", "（三）浴室、更衣室、卫生间、哺乳室等；");
  }

  private static List<String> writeAll(Language language) {
    StringWriter text = new StringWriter();
    StatuteText.writeAll(Statute.of(language), new PrintWriter(text));
    return text.toString().lines().toList();
  }
}
