package org.camsurvey.law;

import org.camsurvey.model.LawId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camsurvey.model.Language;
import org.junit.jupiter.api.Test;

/** Each law's particulars, as its promulgation notice or order gives them. */
class LawTest {
  @Test
  void theRegulationIsStateCouncilOrder799InForceFromTheFirstOfApril2025() {
    Law law = Law.of(LawId.CN2025);

    assertThat(law.id()).isEqualTo(LawId.CN2025);
    assertThat(law.title(Language.ZH)).isEqualTo("公共安全视频图像信息系统管理条例");
    assertThat(law.title(Language.EN)).isEqualTo("Regulation on the Administration of Public Security Video Image Information Systems");
    assertThat(law.issuer().in(Language.ZH)).isEqualTo("国务院");
    assertThat(law.order().zh()).isEqualTo("中华人民共和国国务院令第799号");
    assertThat(law.adopted()).isEqualTo(LocalDate.of(2024, 12, 16));
    assertThat(law.promulgated()).isEqualTo(LocalDate.of(2025, 1, 13));
    assertThat(law.effective()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(law.rank()).isEqualTo(Rank.ADMINISTRATIVE_REGULATION);
    assertThat(law.citationStyle()).isEqualTo(CitationStyle.PARAGRAPH_AND_ITEM);
    // the particulars agree with the text's own promulgation order
    assertThat(law.statute(Language.ZH).preamble()).contains("第799号", "2025年1月13日")
        .anyMatch(l -> l.contains("2024年12月16日") && l.contains("自2025年4月1日起施行"));
  }

  @Test
  void theMeasuresWereAdoptedOnTheNinthOfNovember2009AndNameNoOrder() {
    Law law = Law.of(LawId.CQ2009);

    assertThat(law.title(Language.ZH)).isEqualTo("重庆市社会公共安全视频图像信息系统管理办法");
    assertThat(law.issuer().in(Language.EN)).isEqualTo("Chongqing Municipal People's Government");
    assertThat(law.order()).isNull();
    assertThat(law.adopted()).isEqualTo(LocalDate.of(2009, 11, 9));
    assertThat(law.promulgated()).isEqualTo(LocalDate.of(2009, 11, 12));
    assertThat(law.effective()).isEqualTo(LocalDate.of(2009, 12, 11));
    assertThat(law.rank()).isEqualTo(Rank.LOCAL_GOVERNMENT_RULE);
    assertThat(law.citationStyle()).isEqualTo(CitationStyle.ITEM_OF_ARTICLE);
    assertThat(law.statute(Language.ZH).preamble()).contains("二○○九年十一月十二日")
        .anyMatch(l -> l.contains("2009年11月9日") && l.contains("自2009年12月11日起施行"));
  }

  @Test
  void theRegulationPrevailsOverTheMeasuresAndNotTheOtherWayRound() {
    assertThat(Law.of(LawId.CN2025).prevailsOver(Law.of(LawId.CQ2009))).isTrue();
    assertThat(Law.of(LawId.CQ2009).prevailsOver(Law.of(LawId.CN2025))).isFalse();
    assertThat(Law.of(LawId.CN2025).prevailsOver(Law.of(LawId.CN2025))).isFalse();
    assertThat(Rank.ADMINISTRATIVE_REGULATION.label(Language.ZH)).isEqualTo("行政法规");
  }

  @Test
  void idsAreReadAsUsersWriteThem() {
    assertThat(LawId.parse("cn2025")).contains(LawId.CN2025);
    assertThat(LawId.parse(" CQ2009 ")).contains(LawId.CQ2009);
    assertThat(LawId.parse("cn2024")).isEmpty();
    assertThat(LawId.codes()).isEqualTo("cq2009, cn2025");
  }
}
