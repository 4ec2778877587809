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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code camsurvey law [--law LAW] [ARTICLE]}: either law verbatim, from the texts shipped in the build. */
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
    assertThat(doc.get("law").asText()).isEqualTo("cq2009");
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
    assertThat(run.err()).contains("Art. 99 is not in the measures (articles 1–28)").doesNotContain("\tat ");
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

  @Tag("slow")
  @Test
  void everyArticleOfTheMeasuresVerbatimAsBefore() throws IOException {
    List<String> text = shipped("zh-Hans");
    for (int n = 1; n <= 28; n++) {
      Run run = Cli.run("law", "--law", "cq2009", Integer.toString(n));

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).as("Art. %d", n).isEqualTo(articleBlock(text, n) + NL);
    }
  }

  @Tag("slow")
  @Test
  void everyArticleOfTheRegulationVerbatim() throws IOException {
    List<String> zh = regulation("zh-Hans");
    List<String> en = regulation("en");
    for (int n = 1; n <= 34; n++) {
      Run chinese = Cli.run("law", "--law", "cn2025", Integer.toString(n));
      Run english = Cli.run("law", "--law", "cn2025", Integer.toString(n), "--lang", "en");

      assertThat(chinese.exitCode()).isZero();
      assertThat(chinese.out()).as("Art. %d", n).isEqualTo(regulationBlock(zh, n) + NL);
      assertThat(english.out()).as("Art. %d in English", n).isEqualTo(regulationBlock(en, n) + NL);
    }
  }

  @Test
  void anItemOfTheRegulationInItsOwnCitationStyle() {
    String expected = "第八条\u3000禁止在公共场所的下列区域、部位安装图像采集设备及相关设施：" + NL
        + "（三）公共的浴室、卫生间、更衣室、哺乳室、试衣间的内部；" + NL;

    assertThat(Cli.run("law", "--law", "cn2025", "8(1)(三)").out()).isEqualTo(expected);
    assertThat(Cli.run("law", "--law", "cn2025", "8.3").out()).isEqualTo(expected);
    assertThat(Cli.run("law", "--law", "cn2025", "14(2)").out())
        .isEqualTo("公共安全视频系统管理单位应当对备案信息的真实性负责。" + NL);
  }

  @Test
  void theWholeRegulation() throws IOException {
    Run run = Cli.run("law", "--law", "cn2025");

    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("公共安全视频图像信息系统管理条例");
    List<String> body = regulation("zh-Hans").stream().filter(l -> !l.isBlank()).dropWhile(l -> !l.startsWith("第一条")).toList();
    assertThat(lines.stream().filter(l -> !l.isEmpty()).skip(1).toList()).isEqualTo(body);
  }

  @Test
  void bothLawsEachInTurnTheirTitlesFirst() {
    Run run = Cli.run("law", "--law", "cn2025,cq2009", "10");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("公共安全视频图像信息系统管理条例");
    assertThat(lines.get(1)).startsWith("第十条\u3000依照本条例安装图像采集设备及相关设施，位于军事禁区");
    assertThat(lines.get(2)).isEmpty();
    assertThat(lines.get(3)).isEqualTo("重庆市社会公共安全视频图像信息系统管理办法");
    assertThat(lines.get(4)).startsWith("第十条\u3000公共场所安装的公共视频系统应当设置明显的标识");
    // the option may be repeated, and a law named twice is printed once
    assertThat(Cli.run("law", "--law", "cn2025", "--law", "cq2009", "--law", "cn2025", "10").out()).isEqualTo(run.out());
  }

  @Test
  void bothLawsAsAJsonArrayEachWithItsId() throws IOException {
    Run run = Cli.run("law", "--law", "cn2025,cq2009", "8.3", "--format", "json");

    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertThat(doc.isArray()).isTrue();
    assertThat(doc).hasSize(2);
    assertThat(doc.get(0).get("law").asText()).isEqualTo("cn2025");
    assertThat(doc.get(0).get("lines").get(1).asText()).isEqualTo("（三）公共的浴室、卫生间、更衣室、哺乳室、试衣间的内部；");
    assertThat(doc.get(1).get("law").asText()).isEqualTo("cq2009");
    assertThat(doc.get(1).get("lines").get(1).asText()).startsWith("（三）");
    assertThat(doc.get(1).get("lines").get(0).asText()).startsWith("第八条\u3000");
    JsonNode whole = new ObjectMapper().readTree(Cli.run("law", "--law", "cn2025", "--format", "json").out());
    assertThat(whole.get("law").asText()).isEqualTo("cn2025");
    assertThat(whole.get("articles")).hasSize(34);
  }

  @Test
  void aPartOneOfTheLawsLacksPrintsNothingAndNamesTheLaw() {
    Run run = Cli.run("law", "--law", "cq2009,cn2025", "30");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("cq2009: Art. 30 is not in the measures (articles 1–28)");
  }

  @Test
  void anUnknownLawIsAUsageError() {
    Run run = Cli.run("law", "--law", "cn2026", "8");
    Run listed = Cli.run("law", "--law", "cn2025,bj2020", "8");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'cn2026' is not a law: write cq2009, cn2025, or several separated by commas")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(listed.exitCode()).isEqualTo(2);
    assertThat(listed.err()).contains("'bj2020' is not a law");
  }

  /** The statute resource as the build ships it, without blank lines. */
  private static List<String> shipped(String language) throws IOException {
    try (InputStream in = LawCommandTest.class.getResourceAsStream("/org/camsurvey/law/measures-2009." + language + ".txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  /** The regulation as shipped, blank lines kept: they end its articles. */
  private static List<String> regulation(String language) throws IOException {
    try (InputStream in = LawCommandTest.class.getResourceAsStream("/org/camsurvey/law/regulation-2025." + language + ".txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Article n of the regulation: its heading line and every line up to the blank line after it. */
  private static String regulationBlock(List<String> text, int n) {
    int start = -1;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.startsWith("第" + org.camsurvey.law.ChineseNumeral.format(n) + "条\u3000")
          || line.startsWith("Article " + n + "\u3000")) {
        start = i;
        break;
      }
    }
    assertThat(start).as("Art. %d in the text", n).isNotNegative();
    List<String> block = text.subList(start, text.size()).stream().takeWhile(l -> !l.isEmpty()).toList();
    return String.join(NL, block);
  }

  /** Article n of the measures (paragraphs on lines of their own, blank lines dropped): up to the next article. */
  private static String articleBlock(List<String> text, int n) {
    String heading = "第" + org.camsurvey.law.ChineseNumeral.format(n) + "条\u3000";
    String next = "第" + org.camsurvey.law.ChineseNumeral.format(n + 1) + "条\u3000";
    List<String> block = text.stream().dropWhile(l -> !l.startsWith(heading)).takeWhile(l -> !l.startsWith(next)).toList();
    return String.join(NL, block);
  }

  private static String lineStartingWith(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }
}
