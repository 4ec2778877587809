package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** {@code camsurvey law [ARTICLE]}: the measures verbatim, from the text shipped in the build. */
class LawCommandTest {
  private static final String NL = System.lineSeparator();

  @Test
  void anArticleVerbatim() throws IOException {
    Run run = Cli.run("law", "24");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(lineStartingWith(shipped("zh-Hans"), "第二十四条\u3000") + NL);
  }

  @Test
  void anItemInEnglish() throws IOException {
    Run run = Cli.run("law", "19.8", "--lang", "en");

    List<String> en = shipped("en");
    assertThat(run.exitCode()).isZero();
    List<String> article19 = en.stream().dropWhile(l -> !l.startsWith("Article 19\u3000")).toList();
    assertThat(run.out()).isEqualTo(article19.get(0) + NL + lineStartingWith(article19, "(8) ") + NL);
    assertThat(run.out()).contains("not less than 30 days");
  }

  @Test
  void asJsonForScripts() throws IOException {
    Run run = Cli.run("law", "19.8", "--format", "json", "--lang", "en");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertThat(doc.get("language").asText()).isEqualTo("en");
    assertThat(doc.get("citation").asText()).isEqualTo("19.8");
    // the article's opening line, then the item, as the text prints them
    assertThat(doc.get("lines")).hasSize(2);
    assertThat(doc.get("lines").get(0).asText()).startsWith("Article 19");
    assertThat(doc.get("lines").get(1).asText()).startsWith("(8) ").contains("30 days");

    JsonNode all = new ObjectMapper().readTree(Cli.run("law", "--format", "json").out());
    assertThat(all.get("title").asText()).isEqualTo("重庆市社会公共安全视频图像信息系统管理办法");
    assertThat(all.get("articles")).hasSize(28);
    assertThat(all.get("articles").get(8).get("article").asInt()).isEqualTo(9);
  }

  @Test
  void anItemInParentheses() {
    Run run = Cli.run("law", "9(3)");

    assertThat(run.out()).isEqualTo("第九条\u3000下列场所和区域禁止安装公共视频系统：" + NL + "（三）浴室、更衣室、卫生间、哺乳室等；" + NL);
  }

  @Test
  void aParagraph() {
    assertThat(Cli.run("law", "15(2)").out())
        .isEqualTo("本办法实施前已建成的公共视频系统，其使用单位应当自本办法实施之日起30日内向公安机关备案。" + NL);
  }

  @Test
  void theWholeMeasures() throws IOException {
    Run run = Cli.run("law");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("重庆市社会公共安全视频图像信息系统管理办法");
    List<String> body = shipped("zh-Hans").stream().dropWhile(l -> !l.startsWith("第一条")).toList();
    assertThat(lines.stream().filter(l -> !l.isEmpty()).skip(1).toList()).isEqualTo(body);
  }

  @Test
  void anArticleThatDoesNotExist() {
    Run run = Cli.run("law", "99");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the measures have articles 1–28, not 99").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void notACitation() {
    Run item = Cli.run("law", "8.11");
    Run text = Cli.run("law", "x");

    assertThat(item.exitCode()).isEqualTo(2);
    assertThat(item.err()).contains("Art. 8 has items 1–10, not 11");
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.err()).contains("'x' is not a citation");
  }

  /** The statute resource as the build ships it, without blank lines. */
  private static List<String> shipped(String language) throws IOException {
    try (InputStream in = LawCommandTest.class.getResourceAsStream("/org/camsurvey/rules/measures-2009." + language + ".txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private static String lineStartingWith(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }
}
