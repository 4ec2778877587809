package org.camsurvey.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Zone;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.ZoneCoverage;

/**
 * The survey as a workbook beside a document: the camera inventory, the zones with their
 * coverage, and the findings, one sheet each; its properties name the document and the survey's
 * SHA-256, and bear the document's date, so that the same inputs give the same workbook.
 */
public final class SurveyWorkbook {
  static {
    PoiLogging.silence();
  }

  private SurveyWorkbook() {}

  public static void write(CheckResult result, DocumentInfo info, OutputStream out) throws IOException {
    DocumentText text = info.text();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      Sheet cameras = book.createSheet(text.text("sheet.cameras"));
      row(cameras, 0, header, text.text("inventory.id"), text.text("inventory.site"), "lon", "lat",
          text.text("inventory.heading"), text.text("inventory.angle"), text.text("inventory.range"), "res_h",
          text.text("inventory.type"), text.text("inventory.signage"), text.text("inventory.retention"),
          text.text("inventory.runs24h"), text.text("inventory.installed"), text.text("inventory.filed"));
      int r = 1;
      for (Camera c : result.survey().cameras()) {
        double[] ll = result.survey().frame().toLonLat(c.location().getX(), c.location().getY());
        row(cameras, r++, null, c.cameraId(), c.siteId(), round(ll[0], 7), round(ll[1], 7), c.headingDegrees(),
            c.hfovDegrees(), c.rangeMetres(), c.resolutionH(), text.type(c.type()), text.yesNo(c.signage()),
            c.retentionDays(), text.yesNo(c.runs24h()), str(c.installed()), str(c.filed()));
      }

      Sheet zones = book.createSheet(text.text("sheet.zones"));
      row(zones, 0, header, text.text("coverage.zone"), text.text("inventory.site"), text.text("zone.rule"),
          text.text("findings.article"), text.text("coverage.name"), text.text("coverage.coverage"),
          text.text("coverage.required"), text.text("coverage.cameras"));
      r = 1;
      for (Zone z : result.survey().zones()) {
        Optional<ZoneCoverage> cover = result.coverage().stream().filter(c -> c.zone() == z).findFirst();
        row(zones, r++, null, z.zoneId(), z.siteId(), text.text("zone.rule." + z.rule().code()),
            text.articleItem(Integer.toString(z.item().article()), Integer.toString(z.item().item())), z.name(),
            cover.map(c -> round(c.coverage(), 3)).orElse(null),
            cover.map(result::required).orElse(null),
            cover.map(c -> String.join(", ", c.coveredBy())).orElse(null));
      }

      Sheet findings = book.createSheet(text.text("sheet.findings"));
      row(findings, 0, header, text.text("findings.code"), text.text("findings.severity"), text.text("findings.article"),
          text.text("inventory.site"), text.text("findings.camera"), text.text("findings.zone"),
          text.text("findings.message"), text.text("findings.consequence"), text.text("findings.party"));
      r = 1;
      for (Finding f : result.findings()) {
        row(findings, r++, null, f.code().name(), text.messages().text("severity." + f.severity().code()),
            f.article() == null ? null : text.articleItem(f.article(), f.item()), f.siteId(), f.cameraId(),
            f.zoneSiteId() == null || f.zoneId() == null ? f.zoneId() : f.zoneSiteId() + "/" + f.zoneId(),
            text.message(f), f.consequence() == null ? null : text.article(f.consequence()),
            text.text("party." + f.party().code()));
      }
      for (Sheet s : List.of(cameras, zones, findings)) {
        s.createFreezePane(0, 1);
        int columns = s.getRow(0).getLastCellNum();
        s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, s.getLastRowNum()), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
          s.setColumnWidth(i, Math.min(60, Math.max(8, width(s, i))) * 256);
        }
      }

      POIXMLProperties properties = book.getProperties();
      Date when = Date.from(info.date().atStartOfDay().toInstant(ZoneOffset.UTC));
      POIXMLProperties.CoreProperties core = properties.getCoreProperties();
      core.setCreated(Optional.of(when));
      core.setModified(Optional.of(when));
      core.setCreator("camsurvey " + info.toolVersion());
      core.setTitle(info.number());
      core.setIdentifier(info.number());
      core.setDescription("survey " + info.surveyName() + ", SHA-256 " + info.surveySha256());
      POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
      custom.addProperty("document_number", info.number());
      custom.addProperty("survey_sha256", info.surveySha256());
      custom.addProperty("document_date", info.date().toString());
      // POI stamps every zip entry with the time of writing; entries re-stamped with the
      // document's own date make the same inputs give the same bytes. The stamp is a local time
      // as zip has it, set as such: from an instant, it would shift with the writer's time zone.
      java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
      book.write(written);
      restamp(written.toByteArray(), info.date().atStartOfDay(), out);
    }
  }

  private static void restamp(byte[] workbook, java.time.LocalDateTime time, OutputStream out) throws IOException {
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(new java.io.FilterOutputStream(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        })) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
  }

  private static int width(Sheet s, int column) {
    int widest = 0;
    for (Row row : s) {
      var cell = row.getCell(column);
      if (cell != null) {
        String v = cell.toString();
        int w = v.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
        widest = Math.max(widest, w + 2);
      }
    }
    return widest;
  }

  private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      var cell = row.createCell(i);
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(v.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static double round(double v, int decimals) {
    return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
  }
}
