package org.camsurvey.cli.command;

import org.camsurvey.fixture.SampleSurveys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook beside an inspection report, as an office works in it: sites, dates as dates,
 * shares as percentages, site names beside ids, the deadlines and evidence of each finding, and
 * the checklist with its drop-downs.
 */
@Tag("slow")
class InspectionWorkbookTest {
  @TempDir static Path dir;
  private static XSSFWorkbook book;

  @BeforeAll
  static void inspect() throws IOException {
    Path xlsx = dir.resolve("report.xlsx");
    Run run = Cli.run("inspect", SampleSurveys.sample("jiefangbei").toString(), "-o", dir.resolve("report.pdf").toString(), "--xlsx",
        xlsx.toString(), "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890", "--date", "2026-11-20",
        "--deadline", "15");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    try (InputStream in = Files.newInputStream(xlsx)) {
      book = new XSSFWorkbook(in);
    }
  }

  @Test
  void theSheetsAreTheSitesInventoryZonesFindingsAndChecklist() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));

    assertThat(names).containsExactly("场所", "摄像机清单", "区域", "发现事项", "检查清单");
    Row bank = row(book.getSheet("场所"), "JFB-BANK");
    assertThat(bank.getCell(1).getStringCellValue()).isEqualTo("渝江商业银行解放碑支行");
    assertThat(bank.getCell(4).getNumericCellValue()).as("cameras").isEqualTo(4);
  }

  @Test
  void datesAreDatesAndSharesArePercentages() {
    Row b04 = row(book.getSheet("摄像机清单"), "B-04");
    Cell installed = b04.getCell(13);
    assertThat(installed.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(installed.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(installed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2008, 6, 18));
    assertThat(b04.getCell(2).getStringCellValue()).as("the site's name beside its id").isEqualTo("渝江商业银行解放碑支行");

    Cell coverage = row(book.getSheet("区域"), "Z-ST-02").getCell(6);
    assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    assertThat(coverage.getNumericCellValue()).isBetween(0.37, 0.38);
  }

  @Test
  void eachFindingHasItsEvidenceAndDeadline() {
    Sheet findings = book.getSheet("发现事项");
    List<String> header = new ArrayList<>();
    findings.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
    assertThat(header).contains("场所名称", "证据数据", "视见面积（平方米）", "整改期限", "整改要求");
    Row st05 = rowWith(findings, 5, "ST-05");
    assertThat(st05.getCell(header.indexOf("视见面积（平方米）")).getNumericCellValue()).isEqualTo(48.04);
    Cell due = st05.getCell(header.indexOf("整改期限"));
    assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    // an Art. 9 finding is removed at once: due the day of the inspection
    assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(st05.getCell(header.indexOf("整改要求")).getStringCellValue()).contains("立即拆除");
    assertThat(st05.getCell(header.indexOf("证据数据")).getCellStyle().getWrapText()).isTrue();
  }

  @Test
  void theChecklistTakesYesNoOrNotApplicableFromADropDown() {
    Sheet checklist = book.getSheet("检查清单");
    List<? extends DataValidation> validations = checklist.getDataValidations();

    assertThat(validations).hasSize(1);
    assertThat(validations.get(0).getValidationConstraint().getExplicitListValues()).containsExactly("是", "否", "不适用");
    assertThat(validations.get(0).getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(checklist.getLastRowNum());
    Row mall = rowWith(checklist, 0, "JFB-MALL", "第十七条");
    assertThat(mall.getCell(4).getStringCellValue()).isEqualTo("否");
    Row school = rowWith(checklist, 0, "JFB-SCHOOL", "第十七条");
    assertThat(school.getCell(4)).as("the school answered the regulation's Art. 17, not the measures'")
        .satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.toString()).isEmpty());
  }

  private static Row row(Sheet sheet, String id) {
    return rowWith(sheet, 0, id);
  }

  private static Row rowWith(Sheet sheet, int column, String value, String... alsoInColumn2) {
    for (Row r : sheet) {
      Cell c = r.getCell(column);
      if (c != null && c.toString().equals(value)
          && (alsoInColumn2.length == 0 || r.getCell(2) != null && r.getCell(2).toString().equals(alsoInColumn2[0]))) {
        return r;
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no row with " + value);
  }
}
