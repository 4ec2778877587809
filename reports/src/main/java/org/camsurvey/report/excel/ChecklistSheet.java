package org.camsurvey.report.excel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.camsurvey.law.Checklist;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.report.DocumentText;
import org.camsurvey.rules.CheckResult;

/**
 * The inspector's checklist as a sheet to fill in: every duty of the measures no map shows, for
 * every site, with the survey's answers under the measures (an answer on the regulation's Art. 17
 * is not one on the measures' Art. 17); the answer column takes 是/否/不适用 (yes/no/n/a) from a
 * drop-down, and refuses anything else.
 */
final class ChecklistSheet {
  static final int ANSWER_COLUMN = 4;

  private ChecklistSheet() {}

  static Sheet write(org.apache.poi.ss.usermodel.Workbook book, CellStyles styles, DocumentText text, CheckResult result) {
    Sheet sheet = book.createSheet(text.text("sheet.checklist"));
    styles.header(sheet.createRow(0), text.text("inventory.site"), text.text("batch.name"), text.text("checklist.article"),
        text.text("checklist.duty"), text.text("checklist.answer"), text.text("checklist.note"),
        text.text("checklist.checked_by"), text.text("checklist.checked_on"));
    int r = 1;
    for (Site site : result.survey().sites()) {
      for (Checklist.Duty duty : Checklist.duties()) {
        ChecklistAnswer answer = result.survey().checklist().stream()
            .filter(a -> a.law() == LawId.CQ2009 && a.siteId().equals(site.siteId()) && a.article() == duty.article()
                && Objects.equals(a.item(), duty.item()))
            .findFirst().orElse(null);
        String cited = duty.item() == null ? text.article(Integer.toString(duty.article()))
            : duty.isParagraph() ? text.articleParagraph(duty.article(), Integer.parseInt(duty.item()))
            : text.articleItem(Integer.toString(duty.article()), duty.item());
        styles.row(sheet.createRow(r++), site.siteId(), site.name(), cited, duty.statement(text.language()),
            answer == null ? null : word(text, answer.answer()), answer == null ? null : answer.note(),
            answer == null ? null : answer.checkedBy(), answer == null ? null : answer.when());
      }
    }
    if (r > 1) {
      DataValidationHelper helper = sheet.getDataValidationHelper();
      List<String> words = List.of(word(text, ChecklistAnswer.Answer.YES), word(text, ChecklistAnswer.Answer.NO),
          word(text, ChecklistAnswer.Answer.NA));
      DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(words.toArray(String[]::new)),
          new CellRangeAddressList(1, r - 1, ANSWER_COLUMN, ANSWER_COLUMN));
      validation.setShowErrorBox(true);
      validation.createErrorBox(text.text("checklist.answer"), String.join(" / ", words));
      // XSSF reads this flag the other way round: true shows the drop-down arrow
      validation.setSuppressDropDownArrow(true);
      sheet.addValidationData(validation);
    }
    return sheet;
  }

  private static String word(DocumentText text, ChecklistAnswer.Answer answer) {
    return text.text("checklist.answer." + answer.name().toLowerCase(Locale.ROOT));
  }
}
