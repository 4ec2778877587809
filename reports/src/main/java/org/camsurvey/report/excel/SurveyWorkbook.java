package org.camsurvey.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Site;
import org.camsurvey.model.Zone;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.ZoneCoverage;

/**
 * The survey as a workbook beside a document: its sites, the camera inventory, the zones with
 * their coverage, the findings (with the deadlines an inspection sets) and the checklist to fill
 * in, one sheet each, site names beside site ids, dates as dates and shares as percentages; its
 * properties name the document and the survey's SHA-256, and bear the document's date, so that
 * the same inputs give the same workbook.
 */
public final class SurveyWorkbook {
  static {
    PoiLogging.silence();
  }

  private SurveyWorkbook() {}

  /** The workbook beside a filing packet: no deadlines. */
  public static void write(CheckResult result, DocumentInfo info, OutputStream out) throws IOException {
    write(result, info, null, out);
  }

  /**
   * The workbook beside a document.
   *
   * @param deadlines what an inspection demands of each finding, or null beside a filing packet
   */
  public static void write(CheckResult result, DocumentInfo info, FindingDeadlines deadlines, OutputStream out)
      throws IOException {
    DocumentText text = info.text();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyles styles = new CellStyles(book);
      Map<String, String> names = new HashMap<>();
      result.survey().sites().forEach(s -> names.put(s.siteId(), s.name()));

      Sheet sites = book.createSheet(text.text("sheet.sites"));
      styles.header(sites.createRow(0), text.text("inventory.site"), text.text("inventory.site_name"),
          text.text("filing.address"), text.text("filing.operator"), text.text("batch.cameras"), text.text("batch.zones"),
          text.text("batch.violations"), text.text("batch.deficiencies"), text.text("batch.warnings"));
      int r = 1;
      for (Site site : result.survey().sites()) {
        String id = site.siteId();
        styles.row(sites.createRow(r++), id, site.name(), site.address(), site.operator(),
            result.survey().cameras().stream().filter(c -> c.siteId().equals(id)).count(),
            result.survey().zones().stream().filter(z -> z.siteId().equals(id)).count(),
            count(result, id, Severity.VIOLATION), count(result, id, Severity.DEFICIENCY), count(result, id, Severity.WARNING));
      }

      Sheet cameras = book.createSheet(text.text("sheet.cameras"));
      styles.header(cameras.createRow(0), text.text("inventory.id"), text.text("inventory.site"),
          text.text("inventory.site_name"), "lon", "lat", text.text("inventory.heading"), text.text("inventory.angle"),
          text.text("inventory.range"), "res_h", text.text("inventory.type"), text.text("inventory.signage"),
          text.text("inventory.retention"), text.text("inventory.runs24h"), text.text("inventory.installed"),
          text.text("inventory.filed"));
      r = 1;
      for (Camera c : result.survey().cameras()) {
        double[] ll = result.survey().frame().toLonLat(c.location().getX(), c.location().getY());
        styles.row(cameras.createRow(r++), c.cameraId(), c.siteId(), names.get(c.siteId()), round(ll[0], 7),
            round(ll[1], 7), c.headingDegrees(), c.hfovDegrees(), c.rangeMetres(), c.resolutionH(), text.type(c.type()),
            text.yesNo(c.signage()), c.retentionDays(), text.yesNo(c.runs24h()), c.installed(), c.filed());
      }

      Sheet zones = book.createSheet(text.text("sheet.zones"));
      styles.header(zones.createRow(0), text.text("coverage.zone"), text.text("inventory.site"),
          text.text("inventory.site_name"), text.text("zone.rule"), text.text("findings.article"),
          text.text("coverage.name"), text.text("coverage.coverage"), text.text("coverage.required"),
          text.text("coverage.cameras"));
      r = 1;
      for (Zone z : result.survey().zones()) {
        Optional<ZoneCoverage> cover = result.coverage().stream().filter(c -> c.zone() == z).findFirst();
        styles.row(zones.createRow(r++), z.zoneId(), z.siteId(), names.get(z.siteId()),
            text.text("zone.rule." + z.rule().code()),
            z.item() == null ? (z.kind() == null ? null : z.kind().code())
                : text.articleItem(Integer.toString(z.item().article()), Integer.toString(z.item().item())), z.name(),
            cover.map(c -> new CellStyles.Share(round(c.coverage(), 3))).orElse(null),
            cover.map(c -> new CellStyles.Share(result.required(c))).orElse(null),
            cover.map(c -> String.join(", ", c.coveredBy())).orElse(null));
      }

      Sheet findings = FindingsSheet.write(book, styles, text, result, names, deadlines);
      Sheet checklist = ChecklistSheet.write(book, styles, text, result);
      for (Sheet s : List.of(sites, cameras, zones, findings, checklist)) {
        s.createFreezePane(0, 1);
        int columns = s.getRow(0).getLastCellNum();
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, s.getLastRowNum()), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
          s.setColumnWidth(i, Math.min(CellStyles.WRAP_PAST + 6, Math.max(8, width(s, i))) * 256);
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

  private static long count(CheckResult result, String siteId, Severity severity) {
    return result.findings().stream().filter(f -> siteId.equals(f.siteId()) && f.severity() == severity).count();
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

  /** A column's width in characters: its widest cell, a CJK character counting two, wrapped texts capped by the caller. */
  private static int width(Sheet s, int column) {
    int widest = 0;
    for (Row row : s) {
      var cell = row.getCell(column);
      if (cell != null) {
        String v = cell.getCellStyle().getDataFormatString().equals("yyyy-mm-dd") ? "yyyy-mm-dd" : cell.toString();
        int w = v.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
        widest = Math.max(widest, w + 2);
      }
    }
    return widest;
  }

  private static double round(double v, int decimals) {
    return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
  }
}
