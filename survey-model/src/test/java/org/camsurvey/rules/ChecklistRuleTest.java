package org.camsurvey.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.rules.SurveyFixture.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.law.Checklist;
import org.camsurvey.model.ChecklistAnswer.Answer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checklist: a {@code no} on each duty, graded as docs/RULES.md's checklist table grades it
 * (severity, party, consequence); yes and na say nothing, since yes always means the duty is met.
 */
class ChecklistRuleTest {
  /** Every duty with what a {@code no} gives: code, item, paragraph, severity, party, consequence. */
  static Stream<Arguments> duties() {
    List<Arguments> rows = new ArrayList<>();
    rows.add(Arguments.of(11, "3", "ART11_CHECKLIST item null {paragraph=3} violation site 24"));
    rows.add(Arguments.of(12, null, "ART12_CHECKLIST item null {} deficiency site null"));
    rows.add(Arguments.of(13, null, "ART13_CHECKLIST item null {} deficiency site null"));
    rows.add(Arguments.of(17, null, "ART17_CHECKLIST item null {} violation site 25(2)"));
    for (int i = 1; i <= 8; i++) {
      rows.add(Arguments.of(19, "" + i, "ART19_CHECKLIST item " + i + " {} violation site 25(3)"));
    }
    for (int i = 1; i <= 8; i++) {
      String grade = i == 1 ? "violation anyone 26" : i == 7 ? "violation site 25(2)" : "violation site 25(4)";
      rows.add(Arguments.of(20, "" + i, "ART20_CHECKLIST item " + i + " {} " + grade));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "Art. {0} item {1}: {2}")
  @MethodSource("duties")
  void noIsAFindingGradedByItsItem(int article, String item, String expected) {
    for (Answer answer : Answer.values()) {
      List<Finding> findings = survey().answer(article, item, answer).run(new ChecklistRule());

      if (answer == Answer.NO) {
        assertThat(findings).map(f -> f.code() + " item " + f.item() + " " + f.figures() + " "
            + f.severity().code() + " " + f.party().code() + " " + f.consequence()).containsExactly(expected);
        assertThat(findings.get(0).siteId()).isEqualTo("S1");
        assertThat(findings.get(0).article()).isEqualTo(Integer.toString(article));
        assertThat(findings.get(0).source().layer()).isEqualTo("checklist");
      } else {
        assertThat(findings).as(answer.code()).isEmpty();
      }
    }
  }

  @Test
  void everyDutyIsListedOnceWithTheStatutesWords() {
    assertThat(Checklist.duties()).hasSize(20);
    assertThat(Checklist.duties()).map(Checklist.Duty::citation).startsWith("11(3)", "12", "13", "17", "19.1")
        .endsWith("20.8").doesNotHaveDuplicates();
    assertThat(Checklist.duty(11, "3").orElseThrow().words(Language.ZH))
        .isEqualTo("其他任何单位和个人不得擅自在涉及公共安全的场所和区域建设公共视频系统。");
    assertThat(Checklist.duty(12, null).orElseThrow().words(Language.ZH))
        .isEqualTo("建设公共视频系统应当符合国家、行业和地方的强制性标准，鼓励采用先进标准。");
    assertThat(Checklist.duty(19, "4").orElseThrow().words(Language.ZH))
        .isEqualTo("对信息资料的录制人员、调取人员、调取时间、调取用途以及去向等情况进行登记；");
    assertThat(Checklist.duty(20, "7").orElseThrow().words(Language.EN)).startsWith("refusing or obstructing");
    assertThat(Checklist.duty(13, null).orElseThrow().words(Language.EN)).startsWith("Where a newly built");
    for (Checklist.Duty duty : Checklist.duties()) {
      for (Language language : Language.values()) {
        assertThat(duty.words(language)).as(duty.citation()).isNotBlank().doesNotStartWith("(").doesNotStartWith("（");
      }
    }
  }

  @Test
  void prohibitedActsAreAskedAsComplianceStatementsSoThatYesIsCompliant() {
    assertThat(Checklist.duty(20, "1").orElseThrow().statement(Language.ZH))
        .isEqualTo("未发现盗窃、损毁公共视频系统的设施、设备的行为。");
    assertThat(Checklist.duty(20, "8").orElseThrow().statement(Language.ZH))
        .isEqualTo("未发现其他影响公共视频系统正常运行的行为。");
    assertThat(Checklist.duty(20, "7").orElseThrow().statement(Language.EN))
        .startsWith("No act found of refusing or obstructing");
    assertThat(Checklist.duty(17, null).orElseThrow().statement(Language.ZH)).startsWith("未发现拒绝公安机关调取");
    assertThat(Checklist.duty(11, "3").orElseThrow().statement(Language.ZH)).startsWith("未发现");
    // a duty the statute words positively is asked in its own words
    assertThat(Checklist.duty(19, "4").orElseThrow().statement(Language.ZH))
        .isEqualTo(Checklist.duty(19, "4").orElseThrow().words(Language.ZH));
    for (Checklist.Duty duty : Checklist.duties()) {
      for (Language language : Language.values()) {
        String statement = duty.statement(language);
        assertThat(statement).as(duty.citation()).isNotBlank();
        if (duty.prohibition()) {
          assertThat(statement).as(duty.citation()).startsWith(language == Language.ZH ? "未发现" : "No ");
        } else {
          assertThat(statement).as(duty.citation()).doesNotStartWith("不得").doesNotStartWith("No ");
        }
      }
    }
  }

  @Test
  void noDutyBeyondTheList() {
    assertThat(Checklist.duty(19, null)).isEmpty();
    assertThat(Checklist.duty(19, "9")).isEmpty();
    assertThat(Checklist.duty(12, "1")).isEmpty();
    assertThat(Checklist.duty(11, "1")).isEmpty();
    assertThat(Checklist.duty(18, "1")).isEmpty();
  }
}
