package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The line breaker's rules as a table: a text with a bar where a line would end, and whether it
 * may end there (a text ending in a space is quoted, as CSV would trim it).
 */
class LineBreaksTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      // closing punctuation and brackets never start a line
      "未发现违法行为|，其他||false",
      "第九条第（一|）项||false",
      "违法|、缺陷||false",
      "存储期不足|。||false",
      "“一楼101客房|”||false",
      "（第九条第（一）项|）||false",
      "covered|, 90%||false",
      // opening brackets and quotation marks never end a line
      "禁止安装区域“|一楼||false",
      "依据《|办法》||false",
      "第十九条第（|八）项||false",
      // 第（一）项 in one piece
      "第十九条第|（八）项||false",
      "第（八）|项||false",
      "第二十五条第（一）|款||false",
      // ids, dates, numbers and their units
      "摄像机 ST-|05||false",
      "ST|-05||false",
      "2023-08-|30||false",
      "48.|04 m²||false",
      "'48.04 '|m²||false",
      "保存 15|天||false",
      "'保存 15 '|天||false",
      "记录 #|2||false",
      // where a line may end
      "摄|像机||true",
      "违法，|缺陷||true",
      "'covered. '|The zone||true",
      "'the '|survey||true",
      "'记录 '|#2||true",
      "'Z-ST-02 '|JFB-HOTEL-3F||true",
      "'15 '|days||false",
      "（第九条第（一）项）|。||false",
      "（第九条第（一）项）。|下一句||true",
      "well-|known||false",
      // Latin words are never broken inside
      "inspec|tion||false"})
  void aLineMayEndWhereTheRulesAllow(String before, String after, String unused, boolean allowed) {
    char previous = before.length() > 1 ? before.charAt(before.length() - 2) : 0;
    char current = before.charAt(before.length() - 1);
    char next = after.isEmpty() ? 0 : after.charAt(0);

    assertThat(LineBreaks.mayBreakAfter(previous, current, next)).as(before + "|" + after).isEqualTo(allowed);
  }
}
