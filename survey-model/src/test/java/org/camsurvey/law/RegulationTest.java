package org.camsurvey.law;

import org.camsurvey.model.LawId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camsurvey.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The 2025 regulation parsed from the shipped texts, and cited in its own style. */
class RegulationTest {
  private static final Statute ZH = Statute.of(LawId.CN2025, Language.ZH);
  private static final Statute EN = Statute.of(LawId.CN2025, Language.EN);

  /**
   * The digest of the law folder's regulation-2025.zh-Hans.txt: the shipped resource is that text,
   * byte for byte (a citation must be exact).
   */
  private static final String SHIPPED_SHA256 = "ee9149c1e341c5cff8c18f0c7630b1b7dd72ef6a83b14d79c4e50e0501a7cedf";

  @Test
  void theChineseTextIsTheLawFoldersCopyByteForByte() throws IOException, NoSuchAlgorithmException {
    byte[] text = resource("regulation-2025.zh-Hans.txt");

    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text))).isEqualTo(SHIPPED_SHA256);
  }

  @Test
  void theEnglishRenderingIsLaidOutLineForLineLikeTheChinese() throws IOException {
    List<String> zh = new String(resource("regulation-2025.zh-Hans.txt"), StandardCharsets.UTF_8).lines().toList();
    List<String> en = new String(resource("regulation-2025.en.txt"), StandardCharsets.UTF_8).lines().toList();

    assertThat(en).hasSameSizeAs(zh);
    for (int i = 0; i < zh.size(); i++) {
      assertThat(en.get(i).isEmpty()).as("line %d", i + 1).isEqualTo(zh.get(i).isEmpty());
      assertThat(en.get(i).matches("\\(\\d+\\) .*")).as("line %d is an item", i + 1)
          .isEqualTo(zh.get(i).matches("（[一二三四五六七八九十]+）.*"));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void thirtyFourArticlesOfTheSameShapeInBothLanguages(Language language) {
    Statute statute = Statute.of(LawId.CN2025, language);

    assertThat(statute.law()).isEqualTo(LawId.CN2025);
    assertThat(statute.articles()).extracting(Statute.Article::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 34).boxed().toList());
    for (int i = 0; i < 34; i++) {
      assertThat(statute.articles().get(i).paragraphs().stream().map(p -> p.items().size()).toList())
          .as("Art. %d", i + 1)
          .isEqualTo(ZH.articles().get(i).paragraphs().stream().map(p -> p.items().size()).toList());
    }
    // the State Council's order: its name, its number, the notice, the premier, the date
    assertThat(statute.preamble()).hasSize(5);
  }

  /** Articles of more than one paragraph, or with items, as the Chinese text has them. */
  static Stream<Arguments> structure() {
    return Stream.of(
        // article, items in each paragraph
        Arguments.of(3, List.of(0, 0)),
        Arguments.of(7, List.of(0, 4, 0)),
        Arguments.of(8, List.of(4, 0)),
        Arguments.of(9, List.of(0, 0)),
        Arguments.of(10, List.of(0)),
        Arguments.of(14, List.of(0, 0, 0)),
        Arguments.of(16, List.of(0, 4)),
        Arguments.of(23, List.of(6)),
        Arguments.of(27, List.of(0, 0)),
        Arguments.of(33, List.of(0, 0)),
        Arguments.of(34, List.of(0)));
  }

  @ParameterizedTest(name = "Art. {0}: items per paragraph {1}")
  @MethodSource("structure")
  void articlesHaveTheirParagraphsAndItems(int number, List<Integer> items) {
    assertThat(ZH.article(number).orElseThrow().paragraphs().stream().map(p -> p.items().size()).toList())
        .isEqualTo(items);
  }

  @ParameterizedTest(name = "''{0}'' = {4}")
  @CsvSource(delimiter = '|', value = {
    "8(1)(三)   | 8  | 1 | 3 | 第八条第一款第（三）项   | Art. 8(1)(三)",
    "8.3        | 8  | 1 | 3 | 第八条第一款第（三）项   | Art. 8(1)(三)",
    "8.1.3      | 8  | 1 | 3 | 第八条第一款第（三）项   | Art. 8(1)(三)",
    "8（1）（三） | 8  | 1 | 3 | 第八条第一款第（三）项   | Art. 8(1)(三)",
    "8(三)      | 8  | 1 | 3 | 第八条第一款第（三）项   | Art. 8(1)(三)",
    "7(2)(一)   | 7  | 2 | 1 | 第七条第二款第（一）项   | Art. 7(2)(一)",
    "7.4        | 7  | 2 | 4 | 第七条第二款第（四）项   | Art. 7(2)(四)",
    "16(2)(三)  | 16 | 2 | 3 | 第十六条第二款第（三）项 | Art. 16(2)(三)",
    "23(二)     | 23 | 1 | 2 | 第二十三条第（二）项     | Art. 23(二)",
    "23.2       | 23 | 1 | 2 | 第二十三条第（二）项     | Art. 23(二)",
    "7(3)       | 7  | 3 | 0 | 第七条第三款            | Art. 7(3)",
    "14(1)      | 14 | 1 | 0 | 第十四条第一款          | Art. 14(1)",
    "10         | 10 | 0 | 0 | 第十条                 | Art. 10",
    "34         | 34 | 0 | 0 | 第三十四条              | Art. 34",
  })
  void citationsAreReadAndWrittenInTheRegulationsStyle(String text, int article, int paragraph, int item, String zh,
      String en) {
    Citation citation = ZH.cite(text);

    assertThat(citation).isEqualTo(new Citation(article, paragraph, item));
    assertThat(ZH.reference(citation)).isEqualTo(zh);
    assertThat(EN.reference(citation)).isEqualTo(en);
    assertThat(EN.cite(text)).isEqualTo(citation);
  }

  @ParameterizedTest(name = "measures ''{0}'' = {4}")
  @CsvSource(delimiter = '|', value = {
    "19.8  | 19 | 1 | 8 | 第十九条第（八）项 | Art. 19(8)",
    "19(8) | 19 | 1 | 8 | 第十九条第（八）项 | Art. 19(8)",
    "9(三) | 9  | 1 | 3 | 第九条第（三）项   | Art. 9(3)",
    "18.1  | 18 | 1 | 1 | 第十八条第（一）项 | Art. 18(1)",
    "24(1) | 24 | 1 | 0 | 第二十四条第一款   | Art. 24(1)",
    "15(2) | 15 | 2 | 0 | 第十五条第二款     | Art. 15(2)",
    "24    | 24 | 0 | 0 | 第二十四条         | Art. 24",
  })
  void theMeasuresAreCitedInTheirOwnStyle(String text, int article, int paragraph, int item, String zh, String en) {
    Citation citation = Statute.of(LawId.CQ2009, Language.ZH).cite(text);

    assertThat(citation).isEqualTo(new Citation(article, paragraph, item));
    assertThat(Statute.of(LawId.CQ2009, Language.ZH).reference(citation)).isEqualTo(zh);
    assertThat(Statute.of(LawId.CQ2009, Language.EN).reference(citation)).isEqualTo(en);
  }

  @Test
  void anItemIsQuotedAfterTheParagraphThatLeadsInToIt() {
    assertThat(ZH.quote("8(1)(三)")).containsExactly(
        "第八条\u3000禁止在公共场所的下列区域、部位安装图像采集设备及相关设施：",
        "（三）公共的浴室、卫生间、更衣室、哺乳室、试衣间的内部；");
    assertThat(EN.quote("8(1)(三)").get(1)).isEqualTo(
        "(3) the interior of public bathrooms, toilets, changing rooms, nursing rooms and fitting rooms;");
    assertThat(ZH.quote("7(2)")).hasSize(5).first().asString().startsWith("下列公共场所涉及公共安全区域");
    assertThat(ZH.quote("14(2)")).containsExactly("公共安全视频系统管理单位应当对备案信息的真实性负责。");
    assertThat(ZH.quote("23")).hasSize(7);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', value = {
    "35       | Art. 35 is not in the regulation (articles 1–34)",
    "23(2)    | Art. 23 has 1 paragraph(s), not 2; cite its item as 23.2",
    "14.1     | Art. 14 has no items; cite its paragraph as 14(1)",
    "8(2)(一) | Art. 8(2) has no items",
    "8(1)(五) | Art. 8(1) has items 1–4, not 5",
    "8(4)(一) | Art. 8 has 2 paragraph(s), not 4",
    "8(三     | '8(三' is not a citation: write an article number (8), a paragraph (8(1)) or an item (8(1)(三), 8.3)",
    "99999999999 | '99999999999' is not a citation: write an article number (8), a paragraph (8(1)) or an item (8(1)(三), 8.3)",
    "8(二三)  | '二三' is not a Chinese numeral from 1 to 99",
  })
  void aCitationOfWhatTheRegulationDoesNotHaveSaysWhatItHas(String citation, String message) {
    assertThatThrownBy(() -> ZH.quote(citation)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void aPartBuiltElsewhereThatTheTextLacksIsRefusedToo() {
    assertThatThrownBy(() -> ZH.quote(Citation.item(8, 1, 5))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Art. 8(1) has 4 item(s), not 5");
    assertThatThrownBy(() -> ZH.quote(Citation.paragraph(8, 3))).hasMessage("Art. 8 has no paragraph 3");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Statute.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
