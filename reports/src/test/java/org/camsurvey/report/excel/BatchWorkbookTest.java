package org.camsurvey.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.model.Language;
import org.camsurvey.report.FindingsJsonLines;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch summary: a row per site, the first findings and their count, each survey's totals, the same bytes every time. */
@Tag("slow")
class BatchWorkbookTest {
  @Test
  void theFindingsSheetShowsTheFirstFindingsAndSaysHowManyThereAreInAll(@TempDir Path dir) throws IOException {
    byte[] written = write(dir, Language.EN, 7);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName() + ":" + s.getLastRowNum()));
      assertThat(names).containsExactly("Sites:2", "Findings:5", "Surveys:1");
      Sheet findings = book.getSheet("Findings");
      assertThat(findings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
      assertThat(findings.getRow(3).getCell(5).getStringCellValue()).isEqualTo("C3");
      assertThat(findings.getRow(4)).isNull();
      assertThat(findings.getRow(5).getCell(0).getStringCellValue())
          .isEqualTo("4 more findings are not shown; findings.jsonl holds all 7.");
      assertThat(book.getSheet("Sites").getRow(1).getCell(1).getStringCellValue()).isEqualTo("S1");
    }
  }

  @Test
  void aWorkbookWithNoMoreFindingsThanItShowsShowsThemAll(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(dir, Language.EN, 3)))) {
      Sheet findings = book.getSheet("Findings");
      assertThat(findings.getLastRowNum()).isEqualTo(3);
      assertThat(findings.getRow(3).getCell(5).getStringCellValue()).isEqualTo("C3");
    }
  }

  @Test
  void eachSurveyHasItsSitesCountsAddedUp(@TempDir Path dir) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(dir, Language.EN, 7)))) {
      Sheet surveys = book.getSheet("Surveys");
      assertThat(surveys.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Sites");
      assertThat(surveys.getRow(1).getCell(0).getStringCellValue()).isEqualTo("city.gpkg");
      List<Double> counts = new ArrayList<>();
      for (int c = 1; c <= 6; c++) {
        counts.add(surveys.getRow(1).getCell(c).getNumericCellValue());
      }
      assertThat(counts).containsExactly(2.0, 3.0, 3.0, 7.0, 0.0, 1.0);
    }
  }

  @Test
  void theSameRowsGiveTheSameBytesInEitherLanguage(@TempDir Path dir) throws IOException {
    assertThat(write(dir, Language.ZH, 3)).isEqualTo(write(dir, Language.ZH, 3));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(dir, Language.ZH, 3)))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("场所");
      assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("违法");
    }
  }

  private static byte[] write(Path dir, Language language, int findings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BatchWorkbook book = new BatchWorkbook(language, null, 3)) {
      book.site("city.gpkg", "S1", "场所一", 3, 2, findings, 0, 0, "reports/city.gpkg/S1.pdf");
      book.site("city.gpkg", "S2", null, 0, 1, 0, 0, 1, null);
      for (int i = 1; i <= findings; i++) {
        book.finding(new FindingsJsonLines.Line("ART19_SHORT_RETENTION", "violation", "19", "8", "S1", "C" + i, null,
            null, "25(3)", "Camera C" + i + " keeps recordings for 15 days.", "site"), "场所一");
      }
      book.write(out, dir);
    }
    return out.toByteArray();
  }
}
