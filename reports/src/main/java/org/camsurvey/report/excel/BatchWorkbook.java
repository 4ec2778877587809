package org.camsurvey.report.excel;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.FindingsJsonLines;

/**
 * The summary of a batch as a workbook streamed to disk (POI's SXSSF), so that a city's worth of
 * sites never sits in memory: a sheet of sites, one row each; the findings, the first {@link
 * #FINDINGS_SHOWN} of them, and a last row giving how many there are in all; and a sheet of
 * surveys (a district's export each, in a city's batch), their sites' counts added up. The same
 * rows give the same bytes: no date of writing is stored.
 *
 * <p>Why the findings are capped: a sheet of a million rows is what no one reads (Excel takes
 * minutes to open it, and filtering it is what {@code findings.jsonl} is for), while writing it
 * was a third of a dense city's run. A district's or a town's batch shows all its findings; a
 * city's shows the counts per site and per survey, and its first findings as a sample.
 */
public final class BatchWorkbook implements Closeable {
  /** Findings the findings sheet shows; past them, only the count. */
  static final int FINDINGS_SHOWN = 100_000;
  /** Zip entries bear the earliest date the zip format has, not the time of writing. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
  private static final int WINDOW = 200;

  static {
    PoiLogging.silence();
  }

  private final DocumentText text;
  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
  private final CellStyle header;
  /**
   * The workbook's default style, set on every cell: a cell without a style has SXSSF look up its
   * column's default style through XMLBeans for every cell it writes (the columns have widths).
   */
  private final CellStyle plain;
  private final Sheet sites;
  private int siteRows = 1;
  private final Sheet findings;
  private long findingCount;
  private final int shown;
  /** Each survey's sites, cameras, zones, violations, deficiencies and warnings, in the order first met. */
  private final java.util.Map<String, long[]> surveys = new java.util.LinkedHashMap<>();

  /**
   * A workbook of sites and findings.
   *
   * @param shown how many findings the findings sheet shows ({@link #FINDINGS_SHOWN} but in tests)
   */
  BatchWorkbook(Language language, int shown) {
    this.text = DocumentText.of(language);
    this.shown = shown;
    plain = book.getCellStyleAt(0);
    header = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    sites = book.createSheet(text.text("sheet.sites"));
    header(sites, new int[] {40, 16, 30, 10, 10, 10, 10, 10},
        text.text("batch.survey"), text.text("inventory.site"), text.text("batch.name"), text.text("batch.cameras"),
        text.text("batch.zones"), text.text("batch.violations"), text.text("batch.deficiencies"),
        text.text("batch.warnings"));
    findings = book.createSheet(text.text("sheet.findings"));
    header(findings, new int[] {24, 10, 10, 16, 12, 16, 80, 12, 16},
        text.text("findings.code"), text.text("findings.severity"), text.text("findings.article"),
        text.text("inventory.site"), text.text("findings.camera"), text.text("findings.zone"),
        text.text("findings.message"), text.text("findings.consequence"), text.text("findings.party"));
  }

  public BatchWorkbook(Language language) {
    this(language, FINDINGS_SHOWN);
  }

  /**
   * One site's row.
   *
   * @param source the survey it comes from, as the user named it
   * @param name the site's name, or null
   */
  public void site(String source, String siteId, String name, int cameras, int zones, long violations,
      long deficiencies, long warnings) {
    Row row = sites.createRow(siteRows++);
    cell(row, 0, source);
    cell(row, 1, siteId);
    cell(row, 2, name);
    cell(row, 3, cameras);
    cell(row, 4, zones);
    cell(row, 5, violations);
    cell(row, 6, deficiencies);
    cell(row, 7, warnings);
    long[] sum = surveys.computeIfAbsent(source, s -> new long[6]);
    long[] counts = {1, cameras, zones, violations, deficiencies, warnings};
    for (int i = 0; i < sum.length; i++) {
      sum[i] += counts[i];
    }
  }

  /** One finding: its row while the sheet shows findings, else only counted. */
  public void finding(FindingsJsonLines.Line f) {
    if (findingCount++ >= shown) {
      return;
    }
    Row row = findings.createRow((int) findingCount);
    cell(row, 0, f.code());
    cell(row, 1, text.messages().text("severity." + f.severity()));
    cell(row, 2, f.article() == null ? null : text.articleItem(f.article(), f.item()));
    cell(row, 3, f.siteId());
    cell(row, 4, f.cameraId());
    cell(row, 5, f.zoneSiteId() == null || f.zoneId() == null ? f.zoneId() : f.zoneSiteId() + "/" + f.zoneId());
    cell(row, 6, f.message());
    cell(row, 7, f.consequence() == null ? null : text.article(f.consequence()));
    cell(row, 8, text.text("party." + f.party()));
  }

  /**
   * Writes the workbook. SXSSF keeps its rows in a temporary file; the workbook is written to
   * another beside the target and copied out entry by entry with fixed dates.
   *
   * @param scratch a folder for the workbook before its entries are restamped
   */
  public void write(OutputStream out, Path scratch) throws IOException {
    if (findingCount > shown) {
      cell(findings.createRow(shown + 2), 0, text.format("batch.findings.not_shown", findingCount - shown, findingCount));
    }
    writeSurveys();
    for (Sheet s : book) {
      s.createFreezePane(0, 1);
    }
    POIXMLProperties properties = book.getXSSFWorkbook().getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreated(Optional.empty());
    core.setCreator("camsurvey");
    Path written = Files.createTempFile(scratch, ".summary", ".xlsx");
    try {
      try (OutputStream file = Files.newOutputStream(written)) {
        book.write(file);
      }
      restamp(written, out);
    } finally {
      Files.deleteIfExists(written);
    }
  }

  @Override
  public void close() throws IOException {
    book.close();
  }

  private void writeSurveys() {
    Sheet sheet = book.createSheet(text.text("sheet.surveys"));
    header(sheet, new int[] {40, 10, 10, 10, 10, 10, 10},
        text.text("batch.survey"), text.text("batch.sites"), text.text("batch.cameras"), text.text("batch.zones"),
        text.text("batch.violations"), text.text("batch.deficiencies"), text.text("batch.warnings"));
    int rows = 1;
    for (java.util.Map.Entry<String, long[]> survey : surveys.entrySet()) {
      Row row = sheet.createRow(rows++);
      cell(row, 0, survey.getKey());
      for (int i = 0; i < survey.getValue().length; i++) {
        cell(row, i + 1, survey.getValue()[i]);
      }
    }
  }

  private void header(Sheet sheet, int[] widths, String... titles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private void cell(Row row, int column, String value) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellStyle(plain);
      cell.setCellValue(value);
    }
  }

  private void cell(Row row, int column, long value) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(plain);
    cell.setCellValue(value);
  }

  /**
   * Copies the workbook's entries with fixed dates. Read through the central directory: SXSSF's
   * zip has data descriptors in Zip64 form that {@code ZipInputStream} misreads.
   */
  private static void restamp(Path workbook, OutputStream out) throws IOException {
    try (ZipFile in = new ZipFile(workbook.toFile());
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        })) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
          data.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }

}
