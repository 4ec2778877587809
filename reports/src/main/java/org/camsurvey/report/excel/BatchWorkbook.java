package org.camsurvey.report.excel;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.LawId;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.FindingsJsonLines;

/**
 * The summary of a batch as a workbook streamed to disk (POI's SXSSF), so that a city's worth of
 * sites and findings never sits in memory: a sheet of sites, one row each with a link to its
 * inspection report where one was written, and the findings with their site's name, in as many
 * sheets as Excel's row limit needs ("Findings", "Findings (2)", …), each with an autofilter. The
 * same rows give the same bytes: the workbook bears the inspection's date where one is given,
 * never the time of writing.
 */
public final class BatchWorkbook implements Closeable {
  /** Rows per sheet in Excel, the header row included. */
  static final int MAX_ROWS = 1_048_576;
  /** Zip entries bear the earliest date the zip format has, not the time of writing. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
  private static final int WINDOW = 200;
  private static final int SITE_COLUMNS = 9;
  private static final int FINDING_COLUMNS = 10;

  static {
    PoiLogging.silence();
  }

  private final DocumentText text;
  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
  /**
   * Every cell gets a style, the default one at least: a cell without a style has SXSSF look up
   * its column's default style through XMLBeans for every cell it writes (the columns have widths).
   */
  private final CellStyles styles;
  private final LocalDate date;
  private final Sheet sites;
  private int siteRows = 1;
  private Sheet findings;
  private int findingSheets;
  private int findingRows;
  private final int maxRows;

  /**
   * A workbook of sites and findings.
   *
   * @param limit rows per findings sheet, the header included (Excel's limit but in tests)
   */
  BatchWorkbook(Language language, LocalDate date, int limit) {
    this.text = DocumentText.of(language);
    this.date = date;
    this.maxRows = limit;
    styles = new CellStyles(book);
    sites = book.createSheet(text.text("sheet.sites"));
    header(sites, new int[] {40, 16, 30, 10, 10, 10, 10, 10, 24},
        text.text("batch.survey"), text.text("inventory.site"), text.text("batch.name"), text.text("batch.cameras"),
        text.text("batch.zones"), text.text("batch.violations"), text.text("batch.deficiencies"),
        text.text("batch.warnings"), text.text("batch.report"));
    newFindingsSheet();
  }

  /**
   * @param date the inspection's date the workbook bears, or null for none
   */
  public BatchWorkbook(Language language, LocalDate date) {
    this(language, date, MAX_ROWS);
  }

  /**
   * One site's row.
   *
   * @param source the survey it comes from, as the user named it
   * @param name the site's name, or null
   * @param report the site's inspection report, relative to the workbook, or null where none was written
   */
  public void site(String source, String siteId, String name, int cameras, int zones, long violations,
      long deficiencies, long warnings, String report) {
    styles.row(sites.createRow(siteRows++), source, siteId, name, cameras, zones, violations, deficiencies, warnings,
        report == null ? null : new CellStyles.Link(report.substring(report.lastIndexOf('/') + 1), report));
  }

  /**
   * One finding's row, in the next findings sheet once this one is full.
   *
   * @param siteName the name of the finding's site, or null
   */
  public void finding(FindingsJsonLines.Line f, String siteName) {
    if (findingRows == maxRows) {
      newFindingsSheet();
    }
    LawId law = FindingCode.valueOf(f.code()).law();
    styles.row(findings.createRow(findingRows++), f.code(), text.messages().text("severity." + f.severity()),
        f.article() == null ? null : text.part(law, f.article(), f.item()), f.siteId(), siteName, f.cameraId(),
        f.zoneSiteId() == null || f.zoneId() == null ? f.zoneId() : f.zoneSiteId() + "/" + f.zoneId(), f.message(),
        f.consequence() == null ? null : text.part(law, f.consequence(), null), text.text("party." + f.party()));
  }

  /**
   * Writes the workbook. SXSSF keeps its rows in a temporary file; the workbook is written to
   * another beside the target and copied out entry by entry with fixed dates.
   *
   * @param scratch a folder for the workbook before its entries are restamped
   */
  public void write(OutputStream out, Path scratch) throws IOException {
    for (Sheet s : book) {
      s.createFreezePane(0, 1);
      s.setAutoFilter(new CellRangeAddress(0, Math.max(0, s.getLastRowNum()), 0, columns(s) - 1));
    }
    POIXMLProperties properties = book.getXSSFWorkbook().getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    Optional<Date> when = Optional.ofNullable(date).map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
    core.setCreated(when);
    core.setModified(when);
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

  private void newFindingsSheet() {
    findingSheets++;
    String name = text.text("sheet.findings") + (findingSheets == 1 ? "" : " (" + findingSheets + ")");
    findings = book.createSheet(name);
    header(findings, new int[] {24, 10, 10, 16, 24, 12, 16, 80, 12, 16},
        text.text("findings.code"), text.text("findings.severity"), text.text("findings.article"),
        text.text("inventory.site"), text.text("inventory.site_name"), text.text("findings.camera"),
        text.text("findings.zone"), text.text("findings.message"), text.text("findings.consequence"),
        text.text("findings.party"));
    findingRows = 1;
  }

  private void header(Sheet sheet, int[] widths, String... titles) {
    styles.header(sheet.createRow(0), titles);
    for (int i = 0; i < titles.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** The columns of a sheet: its header's, as the sites sheet and every findings sheet have fixed ones. */
  private int columns(Sheet s) {
    return s == sites ? SITE_COLUMNS : FINDING_COLUMNS;
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
