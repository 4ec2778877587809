package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.survey.RawLayers.assemble;
import static org.camsurvey.survey.RawLayers.csv;
import static org.camsurvey.survey.RawLayers.oneCamera;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camsurvey.model.Survey;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layers of records without a place, read record by record: the register of retrievals
 * (Arts. 18, 19(4)) and the inspector's checklist.
 */
class DutyRecordsTest {
  @Test
  void readsTheAccessLog() {
    RawLayer log = csv("access_log", "site_id,when,persons,approval,purpose,footage,recorded_by\n"
        + "S1,2024-03-05 14:30,2,渝公(2024)12号,案件调查,\"C1, C2\",王伟\n"
        + "S1,2024年3月6日 9时05分,1,,,C1，C2、C3,王伟\n"
        + "S1,2024/3/7,,,,,\n");

    Survey survey = assemble(oneCamera(), log);

    assertThat(survey.accessLog()).extracting(e -> e.when()).containsExactly(
        LocalDateTime.of(2024, 3, 5, 14, 30), LocalDateTime.of(2024, 3, 6, 9, 5), LocalDateTime.of(2024, 3, 7, 0, 0));
    assertThat(survey.accessLog()).extracting(e -> e.persons()).containsExactly(2, 1, null);
    assertThat(survey.accessLog().get(0).footage()).containsExactly("C1", "C2");
    assertThat(survey.accessLog().get(1).footage()).containsExactly("C1", "C2", "C3");
    assertThat(survey.accessLog().get(2).footage()).isEmpty();
    assertThat(survey.accessLog().get(0).approval()).isEqualTo("渝公(2024)12号");
  }

  @Test
  void rejectsAnAccessLogEntryWithATimeThatIsNoTimeOfDay() {
    RawLayer log = csv("access_log", "site_id,when\nS1,2024-03-05 25:00\n");

    Rejection.of(() -> assemble(oneCamera(), log))
        .names("access_log.csv", "access_log", "#1", "when")
        .because("'2024-03-05 25:00' is not a time of day");
  }

  @Test
  void rejectsAnAccessLogEntryWithANegativeNumberOfPersons() {
    RawLayer log = csv("access_log", "site_id,when,persons\nS1,2024-03-05,-2\n");

    Rejection.of(() -> assemble(oneCamera(), log))
        .names("access_log.csv", "access_log", "#1", "persons")
        .because("-2 is negative");
  }

  @Test
  void readsTheChecklist() {
    RawLayer checklist = csv("checklist", "site_id,article,item,answer,note,checked_by,when\n"
        + "S1,11,3,no,广场入口,王芳,2024-06-03\n"
        + "S1,11,,yes,,,\n"
        + "S1,12,,是,,,\n"
        + "S1,13,,不适用,,,\n"
        + "S1,19,(4),否,,,\n"
        + "S1,19.8,,na,,,\n"
        + "S1,20,20.2,NO,,,\n"
        + "S1,Art. 20,07,Yes,,,2024年6月3日\n");

    Survey survey = assemble(oneCamera(), checklist);

    assertThat(survey.checklist()).extracting(a -> a.article() + " " + a.item() + " " + a.answer().code())
        .containsExactly("11 3 no", "11 3 yes", "12 null yes", "13 null na", "19 4 no", "19 8 na", "20 2 no", "20 7 yes");
    assertThat(survey.checklist().get(0)).satisfies(a -> {
      assertThat(a.siteId()).isEqualTo("S1");
      assertThat(a.note()).isEqualTo("广场入口");
      assertThat(a.checkedBy()).isEqualTo("王芳");
      assertThat(a.when()).isEqualTo(LocalDate.of(2024, 6, 3));
      assertThat(a.source().recordLabel()).isEqualTo("#1");
    });
    assertThat(survey.checklist().get(7).when()).isEqualTo(LocalDate.of(2024, 6, 3));
  }

  @ParameterizedTest(name = "article {0}, item {1}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "18;  1;  item;    Art. 18 item 1 is not a checklist duty: the checklist answers Art. 11 ¶3",
      "19;  9;  item;    Art. 19 item 9 is not a checklist duty: Art. 19 is answered item by item, 1–8",
      "20;  -;  article; Art. 20 is not a checklist duty: Art. 20 is answered item by item, 1–8",
      "12;  1;  item;    Art. 12 item 1 is not a checklist duty: Art. 12 is answered whole (leave item empty)",
      "11;  2;  item;    Art. 11 item 2 is not a checklist duty: Art. 11 is answered on its paragraph 3 (item 3)",
      "19;  8.3; item;   '8.3' is not an item of Art. 19 such as 3",
      "第十九条; -; article; '第十九条' is not an article number such as 19"})
  void rejectsADutyTheChecklistDoesNotHave(String article, String item, String field, String reason) {
    RawLayer checklist = csv("checklist", "site_id,article,item,answer\nS1,19,1,yes\nS1," + article + ","
        + (item == null ? "" : item) + ",no\n");

    Rejection.of(() -> assemble(oneCamera(), checklist))
        .names("checklist.csv", "checklist", "#2", field)
        .because(reason);
  }

  @Test
  void rejectsAnAnswerThatIsNotYesNoOrNa() {
    RawLayer checklist = csv("checklist", "site_id,article,item,answer\nS1,19,4,maybe\n");

    Rejection.of(() -> assemble(oneCamera(), checklist))
        .names("checklist.csv", "checklist", "#1", "answer")
        .because("'maybe' is not yes, no or na");
  }

  @Test
  void rejectsAChecklistWithoutAnswers() {
    RawLayer checklist = csv("checklist", "site_id,article,item\nS1,19,4\n");

    Rejection.of(() -> assemble(oneCamera(), checklist))
        .names("checklist.csv", "checklist", null, "answer")
        .because("the layer has no 'answer' field");
  }
}
