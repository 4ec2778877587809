package org.camsurvey.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.rules.Checker;
import org.junit.jupiter.api.Tag;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blank survey workbook: its layout, its checks, and a filled-in copy read back as a survey. */
@Tag("slow")
class SurveyTemplateTest {
  @Test
  void theRegulationsChecklistDutiesHaveASheetOfTheirOwn() throws IOException {
    try (XSSFWorkbook wb = template(Language.ZH)) {
      XSSFSheet sheet = wb.getSheet(SurveyTemplate.REGULATION_SHEET);
      List<String> duties = new ArrayList<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        duties.add(sheet.getRow(r).getCell(0).getStringCellValue() + sheet.getRow(r).getCell(1).getStringCellValue()
            + " " + sheet.getRow(r).getCell(2).getStringCellValue());
      }

      assertThat(duties).containsExactlyElementsOf(RegulationChecklist.duties().stream()
          .map(d -> d.article() + (d.key() == null ? "" : d.key()) + " cn2025").toList());
      // Art. 23(二) is asked act by act: Art. 30 punishes altering, relocating or removing, nothing covering
      assertThat(duties).contains("23(二)改动 cn2025", "23(二)遮挡 cn2025").doesNotContain("23(二) cn2025");
      // Art. 7(3) forbids: asked as "none found", so that yes is the compliant answer
      assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).startsWith("未发现").contains("其他任何单位或者个人不得安装");
    }
  }

  @Test
  void oneSheetPerLayerWithTheFieldsInRowOneAndTheirMeaningInComments() throws IOException {
    try (XSSFWorkbook wb = template(Language.ZH)) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("sites", "cameras", "zones", "obstacles", "access_log", "checklist", "evidence", "说明 Fields",
          SurveyTemplate.REGULATION_SHEET);
      XSSFSheet cameras = wb.getSheet("cameras");
      assertThat(header(cameras)).containsExactly("camera_id", "site_id", "heading", "hfov", "range_m", "res_h",
          "height_m", "tilt", "vfov", "cam_type", "signage", "retention", "runs_24h", "installed", "filed", "operator",
          "consent", "proposed", "lon", "lat");
      assertThat(header(wb.getSheet("zones"))).endsWith("min_cover", "kind", "wkt");
      assertThat(header(wb.getSheet("sites"))).contains("class");
      assertThat(header(wb.getSheet("access_log"))).doesNotContain("wkt", "lon");
      assertThat(cameras.getLastRowNum()).as("nothing below the header").isZero();
      assertThat(cameras.getPaneInformation().isFreezePane()).isTrue();
      assertThat(cameras.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(cameras.getCellComment(new org.apache.poi.ss.util.CellAddress(0, 2)).getString().getString())
          .isEqualTo("方向角：光轴方向，自真北顺时针，0 ≤ h < 360 度（必填）\n"
              + "heading: optical axis, clockwise from true north, 0 ≤ h < 360 degrees (required)");
      assertThat(wb.getActiveSheetIndex()).isEqualTo(1);
    }
    try (XSSFWorkbook wb = template(Language.EN)) {
      assertThat(wb.getSheet("cameras").getCellComment(new org.apache.poi.ss.util.CellAddress(0, 0)).getString().getString())
          .startsWith("camera number, unique within its site (required)\n摄像机编号");
    }
  }

  @Test
  void codedFieldsHaveDropDownsAndNumbersAndDatesAreChecked() throws IOException {
    try (XSSFWorkbook wb = template(Language.EN)) {
      assertThat(validation(wb, "zones", "rule")).isEqualTo("LIST [mandated, forbidden, sensitive]");
      assertThat(validation(wb, "sites", "class")).isEqualTo("LIST [government, operator, other, private]");
      assertThat(validation(wb, "zones", "kind")).isEqualTo("LIST [lodging_room, entertainment_room, dormitory, toilet, "
          + "bathroom, changing_room, nursing_room, fitting_room, bank_counter, ballot, other_private, gathering_place, "
          + "transport_hub, public_vehicle, service_area, public_road, sensitive, other_mandated]");
      assertThat(validation(wb, "cameras", "consent")).isEqualTo("LIST [yes, no]");
      assertThat(validation(wb, "cameras", "proposed")).isEqualTo("LIST [yes, no]");
      assertThat(validation(wb, "obstacles", "kind")).as("free text").isNull();
      assertThat(validation(wb, "zones", "item")).isEqualTo(
          "LIST [8.1, 8.2, 8.3, 8.4, 8.5, 8.6, 8.7, 8.8, 8.9, 8.10, 9.1, 9.2, 9.3, 9.4, 9.5, 9.6]");
      assertThat(validation(wb, "cameras", "cam_type")).isEqualTo("LIST [fixed, dome, ptz, fisheye]");
      assertThat(validation(wb, "cameras", "signage")).isEqualTo("LIST [yes, no]");
      assertThat(validation(wb, "cameras", "runs_24h")).isEqualTo("LIST [yes, no]");
      assertThat(validation(wb, "checklist", "answer")).isEqualTo("LIST [yes, no, na]");
      assertThat(validation(wb, "cameras", "heading")).isEqualTo("DECIMAL BETWEEN 0 360");
      assertThat(validation(wb, "cameras", "hfov")).isEqualTo("DECIMAL BETWEEN 0 360");
      assertThat(validation(wb, "cameras", "range_m")).isEqualTo("DECIMAL GREATER_THAN 0 null");
      assertThat(validation(wb, "zones", "min_cover")).isEqualTo("DECIMAL BETWEEN 0 1");
      assertThat(validation(wb, "cameras", "res_h")).isEqualTo("INTEGER GREATER_OR_EQUAL 0 null");
      assertThat(validation(wb, "cameras", "retention")).isEqualTo("INTEGER GREATER_OR_EQUAL 0 null");
      assertThat(validation(wb, "access_log", "persons")).isEqualTo("INTEGER GREATER_OR_EQUAL 0 null");
      assertThat(validation(wb, "cameras", "installed")).startsWith("DATE BETWEEN");
      assertThat(validation(wb, "cameras", "filed")).startsWith("DATE BETWEEN");
      assertThat(validation(wb, "checklist", "when")).startsWith("DATE BETWEEN");
      assertThat(validation(wb, "cameras", "lat")).isEqualTo("DECIMAL BETWEEN -90 90");
      assertThat(validation(wb, "cameras", "operator")).isNull();
      CellStyle item = wb.getSheet("zones").getColumnStyle(3);
      assertThat(item.getDataFormatString()).as("text, so that 8.10 stays 8.10").isEqualTo("@");
    }
  }

  @Test
  void theFieldsSheetExplainsEveryFieldAndListsTheChecklistDuties() throws IOException {
    try (XSSFWorkbook wb = template(Language.ZH)) {
      Sheet fields = wb.getSheet("说明 Fields");
      List<String> rows = new ArrayList<>();
      for (Row row : fields) {
        StringBuilder b = new StringBuilder();
        row.forEach(c -> b.append(c.getStringCellValue()).append('|'));
        rows.add(b.toString());
      }
      assertThat(rows).contains("cameras|heading|数值 number|是 yes|方向角：光轴方向，自真北顺时针，0 ≤ h < 360 度|"
          + "heading: optical axis, clockwise from true north, 0 ≤ h < 360 degrees|");
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("zones|wkt|"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("19|8|").contains("有效存储期"));
      // prohibited acts are asked as compliance statements, so that yes is the compliant answer on every row
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("20|1|未发现盗窃").contains("|No act found of stealing"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("11|3|未发现"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("17||未发现拒绝"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("sites|class|").contains("第三十三条").contains("Art. 33"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("zones|kind|").contains("fitting_room"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("zones|item|").contains("kind"));
      assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("cameras|consent|").contains("第十条"));
    }
  }

  @Test
  void aTemplateFilledWithTheSampleReadsBackToTheSampleFindings(@TempDir Path dir) throws IOException {
    Survey sample = SurveyReader.read(sample(), ImportOptions.defaults());
    Path filled = fill(dir, sample);

    Survey read = SurveyReader.read(filled, ImportOptions.defaults());

    assertThat(read.cameras()).hasSize(25);
    assertThat(read.zones()).hasSize(20);
    assertThat(findings(read)).containsExactlyElementsOf(findings(sample));
  }

  @Test
  void gdalReadsTheTemplateAndTheFilledWorkbook(@TempDir Path dir) throws IOException, InterruptedException {
    assumeTrue(onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Path blank = dir.resolve("blank.xlsx");
    try (OutputStream out = Files.newOutputStream(blank)) {
      SurveyTemplate.write(Language.ZH, out);
    }
    Path filled = fill(dir, SurveyReader.read(sample(), ImportOptions.defaults()));

    String info = run("ogrinfo", "-ro", "-al", "-so", blank.toString());
    String cameras = run("ogrinfo", "-ro", "-al", "-so", filled.toString(), "cameras");

    assertThat(info).contains("Layer name: cameras").contains("Layer name: checklist").contains("Layer name: 说明 Fields");
    assertThat(cameras).contains("Feature Count: 25").contains("heading: ").contains("installed: Date");
  }

  @Test
  void libreOfficeOpensItWithoutComplaint(@TempDir Path dir) throws IOException, InterruptedException {
    String office = onPath("soffice") ? "soffice" : onPath("libreoffice") ? "libreoffice" : null;
    assumeTrue(office != null, "LibreOffice (soffice) is not installed");
    Path filled = fill(dir, SurveyReader.read(sample(), ImportOptions.defaults()));
    Path blank = dir.resolve("blank.xlsx");
    try (OutputStream out = Files.newOutputStream(blank)) {
      SurveyTemplate.write(Language.ZH, out);
    }

    for (Path book : List.of(blank, filled)) {
      run(office, "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
          "--outdir", dir.resolve("csv").toString(), book.toString());
    }

    // The second sheet, cameras: its header, and in the filled copy the cameras.
    String blankCsv = Files.readString(dir.resolve("csv/blank-cameras.csv"), StandardCharsets.UTF_8);
    String filledCsv = Files.readString(dir.resolve("csv/filled-cameras.csv"), StandardCharsets.UTF_8);
    assertThat(blankCsv.lines().findFirst().orElse("")).startsWith("camera_id,site_id,heading,hfov,range_m");
    assertThat(filledCsv.lines()).hasSize(26);
    assertThat(filledCsv).contains("H-03,JFB-HOTEL,337,60,12,1920");
  }

  /** Fills a fresh template with a survey, as a user would in Excel: typed numbers, date cells, yes/no. */
  static Path fill(Path dir, Survey survey) throws IOException {
    ByteArrayOutputStream blank = new ByteArrayOutputStream();
    SurveyTemplate.write(Language.ZH, blank);
    Path file = dir.resolve("filled.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank.toByteArray()))) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      for (OutputLayer layer : SurveyLayers.of(survey)) {
        Sheet sheet = wb.getSheet(layer.name());
        List<String> names = header(sheet);
        int r = 1;
        for (OutputLayer.Feature f : layer.features()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            Object v = switch (name) {
              case "lon" -> f.geometry().getCoordinate().x;
              case "lat" -> f.geometry().getCoordinate().y;
              case "wkt" -> f.geometry() == null ? null : f.geometry().toText();
              default -> f.values().get(name);
            };
            if (v instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
              row.createCell(c).setCellValue(b ? "yes" : "no");
            } else if (v instanceof LocalDate d) {
              row.createCell(c).setCellValue(d);
              row.getCell(c).setCellStyle(date);
            } else if (v != null) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      // POI's order of content types hides the worksheets from GDAL; see SurveyTemplate.
      Files.write(file, SurveyTemplate.worksheetTypesFirst(bytes.toByteArray()));
    }
    return file;
  }

  private static XSSFWorkbook template(Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SurveyTemplate.write(language, out);
    try (InputStream in = new ByteArrayInputStream(out.toByteArray())) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> header(Sheet sheet) {
    List<String> names = new ArrayList<>();
    sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
    return names;
  }

  /** "TYPE [list]" or "TYPE OPERATOR formula1 formula2" of the validation on a column, or null. */
  private static String validation(XSSFWorkbook wb, String sheetName, String column) {
    XSSFSheet sheet = wb.getSheet(sheetName);
    int c = header(sheet).indexOf(column);
    for (DataValidation v : sheet.getDataValidations()) {
      var range = v.getRegions().getCellRangeAddress(0);
      if (range.getFirstColumn() == c && range.getFirstRow() == 1) {
        DataValidationConstraint k = v.getValidationConstraint();
        String type = switch (k.getValidationType()) {
          case DataValidationConstraint.ValidationType.LIST -> "LIST";
          case DataValidationConstraint.ValidationType.DECIMAL -> "DECIMAL";
          case DataValidationConstraint.ValidationType.INTEGER -> "INTEGER";
          case DataValidationConstraint.ValidationType.DATE -> "DATE";
          default -> "OTHER";
        };
        if (k.getExplicitListValues() != null) {
          return type + " " + List.of(k.getExplicitListValues());
        }
        String op = switch (k.getOperator()) {
          case DataValidationConstraint.OperatorType.BETWEEN -> "BETWEEN";
          case DataValidationConstraint.OperatorType.GREATER_THAN -> "GREATER_THAN";
          case DataValidationConstraint.OperatorType.GREATER_OR_EQUAL -> "GREATER_OR_EQUAL";
          default -> "OTHER";
        };
        return type + " " + op + " " + k.getFormula1() + " " + k.getFormula2();
      }
    }
    return null;
  }

  private static List<String> findings(Survey survey) {
    List<String> out = new ArrayList<>();
    for (Finding f : Checker.check(survey, CheckOptions.defaults()).findings()) {
      String where = f.geometry() == null ? "-" : String.format(Locale.ROOT, "%s %.3f %.3f,%.3f",
          f.geometry().getGeometryType(), f.geometry().getArea(), f.geometry().getCentroid().getX(),
          f.geometry().getCentroid().getY());
      out.add(f.code() + " " + f.siteId() + " " + f.cameraId() + " " + f.zoneId() + " " + f.item() + " " + f.figures()
          + " " + where);
    }
    return out;
  }

  private static Path sample() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        return p.resolve("samples/jiefangbei");
      }
    }
    throw new IllegalStateException("no samples/ folder");
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
