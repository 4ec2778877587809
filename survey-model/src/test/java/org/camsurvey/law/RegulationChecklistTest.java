package org.camsurvey.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camsurvey.law.RegulationChecklist.Act;
import org.camsurvey.law.RegulationChecklist.Duty;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regulation's checklist keyed row by row, Art. 23(二) act by act. */
class RegulationChecklistTest {
  private static final String ITEM_ZH = item(Language.ZH);
  private static final String ITEM_EN = item(Language.EN);

  /** Art. 23(二)'s line as the statute quotes it, after the article's opening words. */
  private static String item(Language language) {
    List<String> lines = Statute.of(LawId.CN2025, language).quote("23(二)");
    return lines.get(lines.size() - 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "(二)改动,   ALTER",
      "（二）改动, ALTER",
      "二 改动,    ALTER",
      "(二)迁移,   ALTER",
      "(二)拆除,   ALTER",
      "(二)遮挡,   OBSTRUCT",
      "(二)喷涂,   OBSTRUCT",
      "二遮挡,     OBSTRUCT"})
  void aRowOnArticle23ItemTwoNamesItsActByTheRegulationsVerbs(String item, Act act) {
    Duty duty = RegulationChecklist.duty(23, item).orElseThrow();

    assertThat(duty.act()).isEqualTo(act);
    assertThat(duty.citation()).isEqualTo("23(二)");
    assertThat(duty.key()).isEqualTo("(二)" + act.key());
  }

  @Test
  void theItemWithoutAnActIsNoDutyButNamesItsTwoActs() {
    assertThat(RegulationChecklist.duty(23, "(二)")).isEmpty();
    assertThat(RegulationChecklist.actsOf(23, "二")).extracting(Duty::key).containsExactly("(二)改动", "(二)遮挡");
    assertThat(RegulationChecklist.actsOf(23, "(一)")).isEmpty();
    assertThat(RegulationChecklist.actsOf(16, "(2)(一)")).isEmpty();
  }

  @Test
  void anActNamedOnAnItemOfOneActIsNoDuty() {
    assertThat(RegulationChecklist.duty(23, "(一)改动")).isEmpty();
    assertThat(RegulationChecklist.duty(23, "(二)删除")).isEmpty();
    assertThat(RegulationChecklist.duty(23, "(五)")).isPresent();
  }

  @Test
  void onlyAlteringRelocatingOrRemovingIsPunishedUnderArticle30() {
    assertThat(RegulationChecklist.duty(23, "(二)改动").orElseThrow().consequence()).isEqualTo("30");
    assertThat(RegulationChecklist.duty(23, "(二)遮挡").orElseThrow().consequence()).isNull();
    // what Art. 30 punishes is the first act of the item, in its own words
    String art30 = Statute.of(LawId.CN2025, Language.ZH).quote("30").get(0);
    assertThat(art30).contains("违反本条例第二十三条第二项规定擅自改动、迁移、拆除图像采集设备及相关设施的").doesNotContain("喷涂", "遮挡");
  }

  @Test
  void eachActIsAskedInTheItemsOwnWords() {
    String alter = Act.ALTER.words(Language.ZH);
    assertThat(ITEM_ZH).contains(alter + "，或者以喷涂、遮挡等方式妨碍其正常运行");
    // the second act names the equipment the item's 其 refers to, so that its row reads alone
    assertThat(Act.OBSTRUCT.words(Language.ZH)).isEqualTo("以喷涂、遮挡等方式妨碍" + "依据本条例第七条规定安装的图像采集设备及相关设施"
        + "正常运行");
    assertThat(ITEM_EN).contains(Act.ALTER.words(Language.EN) + ", or obstructing their normal operation by spraying paint, "
        + "covering or other means");
    assertThat(Act.OBSTRUCT.words(Language.EN)).startsWith("obstructing the normal operation of")
        .endsWith("by spraying paint, covering or other means");

    assertThat(RegulationChecklist.duty(23, "(二)改动").orElseThrow().statement(Language.ZH))
        .isEqualTo("未发现违反以下规定的情况：" + alter + "。");
    assertThat(RegulationChecklist.duty(23, "(二)遮挡").orElseThrow().statement(Language.EN))
        .startsWith("No breach found of: obstructing").doesNotContain("altering");
  }

  /**
   * Art. 17's row asks only the deletion Art. 31 reaches: keeping 30 days is judged from the
   * cameras' retention and carries no penalty of its own, so a no on it must not cite Art. 31.
   */
  @Test
  void article17IsAskedOnTheDeletionAloneInItsOwnWords() {
    Duty duty = RegulationChecklist.duty(17, null).orElseThrow();

    assertThat(Statute.of(LawId.CN2025, Language.ZH).quote("17").get(0)).contains(duty.statement(Language.ZH));
    assertThat(duty.statement(Language.ZH)).isEqualTo("30日后，对已经实现处理目的的视频图像信息，应当予以删除。")
        .doesNotContain("不少于30日");
    assertThat(Statute.of(LawId.CN2025, Language.EN).quote("17").get(0)).containsIgnoringCase(duty.statement(Language.EN));
    assertThat(duty.consequence()).isEqualTo("31");
  }

  @Test
  void everyDutyHasAKeyOfItsOwnSoThatEachRowAnswersOne() {
    List<String> keys = RegulationChecklist.duties().stream().map(d -> d.article() + "|" + d.key()).toList();

    assertThat(keys).doesNotHaveDuplicates();
    for (Duty duty : RegulationChecklist.duties()) {
      assertThat(RegulationChecklist.duty(duty.article(), duty.key())).as(duty.article() + duty.key()).contains(duty);
    }
  }
}
