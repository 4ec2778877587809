package org.camsurvey.report.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.model.Language;

/** The survey template's sheet of the 2025 regulation's checklist duties, and the rows of duties it shares. */
final class RegulationSheet {
  private RegulationSheet() {}

  /**
   * The 2025 regulation's checklist duties, as the regulation words them: a row of the checklist
   * sheet with {@code law} cn2025 answers one, by its article and part.
   */
  static void write(XSSFWorkbook workbook, CellStyle header, CellStyle bold, CellStyle wrap) {
    Sheet sheet = workbook.createSheet(SurveyTemplate.REGULATION_SHEET);
    int r = 0;
    Row title = sheet.createRow(r++);
    title.createCell(0).setCellValue("《公共安全视频图像信息系统管理条例》检查项：在 checklist 表填写 law = cn2025，article、item 如下 "
        + "(the 2025 regulation's duties: in the checklist sheet, law = cn2025 and article, item as below)");
    title.getCell(0).setCellStyle(bold);
    Row head = sheet.createRow(r++);
    String[] heads = {"条 Article", "项 Item", "law", "", "检查事项（“是”即符合规定）", "What is checked (yes: complied with)"};
    for (int i = 0; i < heads.length; i++) {
      head.createCell(i).setCellValue(heads[i]);
      head.getCell(i).setCellStyle(header);
    }
    for (RegulationChecklist.Duty d : RegulationChecklist.duties()) {
      r = duty(sheet, wrap, r, Integer.toString(d.article()), d.key() == null ? "" : d.key(),
          d.statement(Language.ZH), d.statement(Language.EN));
      sheet.getRow(r - 1).createCell(2).setCellValue("cn2025");
    }
    int[] widths = {14, 14, 10, 4, 60, 60};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** A duty's row: article, item, and what is checked in Chinese and in English. */
  static int duty(Sheet sheet, CellStyle wrap, int r, String article, String item, String zh, String en) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(article);
    row.createCell(1).setCellValue(item);
    row.createCell(4).setCellValue(SurveyTemplate.truncate(zh, 32_000));
    row.getCell(4).setCellStyle(wrap);
    row.createCell(5).setCellValue(SurveyTemplate.truncate(en, 32_000));
    row.getCell(5).setCellStyle(wrap);
    return r + 1;
  }
}
