package org.camsurvey.law;

import org.camsurvey.model.LawId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The measures parsed from the shipped texts: structure, and quoting by citation. */
class StatuteTest {
  /** Articles with items (or more than one paragraph), as the Chinese text has them. */
  static Stream<Arguments> structure() {
    return Stream.of(
        // article, items, paragraphs
        Arguments.of(1, 0, 1),
        Arguments.of(5, 0, 3),
        Arguments.of(8, 10, 1),
        Arguments.of(9, 6, 1),
        Arguments.of(11, 0, 3),
        Arguments.of(15, 0, 2),
        Arguments.of(18, 5, 2),
        Arguments.of(19, 8, 1),
        Arguments.of(20, 8, 1),
        Arguments.of(24, 0, 1),
        Arguments.of(25, 4, 1),
        Arguments.of(27, 5, 1),
        Arguments.of(28, 0, 1));
  }

  @ParameterizedTest(name = "Art. {0}: {1} items, {2} paragraphs")
  @MethodSource("structure")
  void bothTextsParseToTheSameStructure(int number, int items, int paragraphs) {
    for (Language language : Language.values()) {
      Statute.Article article = Statute.of(language).article(number).orElseThrow();
      assertThat(article.number()).isEqualTo(number);
      assertThat(article.itemCount()).as("%s items", language).isEqualTo(items);
      assertThat(article.paragraphs()).as("%s paragraphs", language).hasSize(paragraphs);
    }
  }

  @Test
  void article18HasItsItemsInTheFirstParagraph() {
    Statute.Article a = Statute.of(Language.ZH).article(18).orElseThrow();

    assertThat(a.paragraphs().get(0).items()).hasSize(5);
    assertThat(a.paragraphs().get(1).items()).isEmpty();
    assertThat(a.paragraphs().get(1).line()).isEqualTo("法律、法规另有规定的，从其规定。");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void twentyEightArticlesAndTheSameShapeInBothLanguages(Language language) {
    Statute statute = Statute.of(language);
    Statute zh = Statute.of(Language.ZH);

    assertThat(statute.language()).isEqualTo(language);
    assertThat(statute.articles()).hasSize(28);
    assertThat(statute.articles()).extracting(Statute.Article::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 28).boxed().toList());
    for (int i = 0; i < 28; i++) {
      Statute.Article a = statute.articles().get(i);
      Statute.Article b = zh.articles().get(i);
      assertThat(a.paragraphs().stream().map(p -> p.items().size()).toList())
          .as("Art. %d", i + 1)
          .isEqualTo(b.paragraphs().stream().map(p -> p.items().size()).toList());
    }
    assertThat(statute.preamble()).hasSize(3);
  }

  @Test
  void titles() {
    assertThat(Statute.of(Language.ZH).title()).isEqualTo("重庆市社会公共安全视频图像信息系统管理办法");
    assertThat(Statute.of(Language.EN).title()).startsWith("Measures of Chongqing Municipality");
  }

  @Test
  void quoteAWholeArticle() {
    List<String> lines = Statute.of(Language.ZH).quote("24");

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("第二十四条\u3000违反本办法第九条、第十一条第三款规定安装公共视频系统的")
        .endsWith("个人设置的，处500元以上1000元以下罚款。");
  }

  @Test
  void quoteAWholeArticleWithItemsAndParagraphs() {
    List<String> lines = Statute.of(Language.ZH).quote("18");

    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).startsWith("第十八条\u3000");
    assertThat(lines.get(1)).isEqualTo("（一）不少于2人；");
    assertThat(lines.get(6)).isEqualTo("法律、法规另有规定的，从其规定。");
  }

  @Test
  void quoteAnItemWithItsLeadIn() {
    Statute zh = Statute.of(Language.ZH);

    assertThat(zh.quote("19.8")).containsExactly(
        "第十九条\u3000公共视频系统使用单位应当遵守下列规定：",
        "（八）信息资料的有效存储期一般不少于30日；涉及公共安全的重要信息资料交由公安机关储存，有效存储期不少于2年。");
    assertThat(zh.quote("19(8)")).isEqualTo(zh.quote("19.8"));
    assertThat(zh.quote(" 19.8 ")).isEqualTo(zh.quote("19.8"));
    assertThat(zh.quote("9.3")).hasSize(2);
    assertThat(zh.quote("9.3").get(1)).isEqualTo("（三）浴室、更衣室、卫生间、哺乳室等；");
    assertThat(zh.quote("9.3")).contains("（三）浴室、更衣室、卫生间、哺乳室等；");
  }

  @Test
  void quoteAParagraphOfAnArticleWithoutItems() {
    Statute zh = Statute.of(Language.ZH);

    assertThat(zh.quote("24(1)")).isEqualTo(zh.quote("24"));
    assertThat(zh.quote("5(2)")).containsExactly(
        "发展改革、经济信息、质监、规划、建设、交通、市政、安监、通信、文化广电等行政主管部门应当在各自职责范围内协同做好公共视频系统建设和管理的相关工作。");
    assertThat(zh.quote("15(2)")).containsExactly("本办法实施前已建成的公共视频系统，其使用单位应当自本办法实施之日起30日内向公安机关备案。");
  }

  @Test
  void quoteInEnglish() {
    Statute en = Statute.of(Language.EN);

    assertThat(en.quote("19.8")).hasSize(2);
    assertThat(en.quote("19.8").get(0)).startsWith("Article 19\u3000");
    assertThat(en.quote("19.8").get(1)).startsWith("(8) ");
    assertThat(en.quote("9.3").get(1)).startsWith("(3) bathing rooms, changing rooms, toilets, nursing rooms");
    assertThat(en.quote("24")).singleElement().asString().startsWith("Article 24\u3000");
    assertThat(en.quote("5(2)")).hasSize(1);
  }

  static Stream<Arguments> badCitations() {
    return Stream.of(
        Arguments.of("29", "Art. 29 is not in the measures (articles 1–28)"),
        Arguments.of("0", "Art. 0 is not in the measures (articles 1–28)"),
        Arguments.of("8.11", "Art. 8 has items 1–10, not 11"),
        Arguments.of("19(9)", "Art. 19 has items 1–8, not 9"),
        Arguments.of("24(2)", "Art. 24 has 1 paragraph(s), not 2"),
        Arguments.of("5.2", "Art. 5 has no items; cite its paragraph as 5(2)"),
        Arguments.of("x", "'x' is not a citation"),
        Arguments.of("", "'' is not a citation"),
        Arguments.of("8.", "'8.' is not a citation"),
        Arguments.of("第九条", "'第九条' is not a citation"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource("badCitations")
  void aCitationOfWhatDoesNotExistSaysWhatDoes(String citation, String message) {
    assertThatThrownBy(() -> Statute.of(Language.ZH).quote(citation))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void chineseNumerals() {
    assertThat(Statute.numeral(Language.ZH, "一")).isEqualTo(1);
    assertThat(Statute.numeral(Language.ZH, "十")).isEqualTo(10);
    assertThat(Statute.numeral(Language.ZH, "十九")).isEqualTo(19);
    assertThat(Statute.numeral(Language.ZH, "二十")).isEqualTo(20);
    assertThat(Statute.numeral(Language.ZH, "二十八")).isEqualTo(28);
    assertThat(Statute.numeral(Language.EN, "28")).isEqualTo(28);
  }

  @Test
  void aTextThatSkipsAnArticleIsRejected() {
    String text = "标题\n第一条\u3000甲。\n第三条\u3000乙。\n";

    assertThatThrownBy(() -> Statute.parse(LawId.CQ2009, Language.ZH, text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the statute text skips from article 1 to 3");
  }

  @Test
  void aTextThatSkipsAnItemIsRejected() {
    String text = "Title\nArticle 1\u3000Lead:\n(1) one;\n(3) three.\n";

    assertThatThrownBy(() -> Statute.parse(LawId.CQ2009, Language.EN, text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("article 1 skips to item 3");
  }
}
