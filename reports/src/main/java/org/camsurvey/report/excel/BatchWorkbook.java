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
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
 * sites never sits in memory: a sheet of sites, one row each with a link to its inspection report
 * where one was written; the findings with their site's name, the first {@link #FINDINGS_SHOWN} of
 * them, and a last row giving how many there are in all; and a sheet of surveys (a district's
 * export each, in a city's batch), their sites' counts added up. Every sheet has an autofilter.
 * The same rows give the same bytes: the workbook bears the inspection's date where one is given,
 * never the time of writing.
 *
 * <p>Why the findings are capped: a sheet of a million rows is what no one reads (Excel takes
 * minutes to open it, and filtering it is what {@code findings.jsonl} is for), while writing it
 * was a third of a dense city's run. A district's or a town's batch shows all its findings; a
 * city's shows the counts per site and per survey, and its first findings as a sample.
 */
public final class BatchWorkbook implements Closeable {
  /** The findings the findings sheet shows; the rest are counted, and are in findings.jsonl. */
  static final int FINDINGS_SHOWN = 100_000;
  /** Zip entries bear the earliest date the zip format has, not the time of writing. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
  private static final int WINDOW = 200;
  private static final int SITE_COLUMNS = 9;
  private static final int FINDING_COLUMNS = 10;
  private static final int SURVEY_COLUMNS = 7;

  static {
    PoiLogging.silence();
  }

  private final DocumentText text;
  /**
   * Zipped without compression: {@link #restamp} inflates every entry and deflates it again, so
   * the first deflate only cost time, a second or two of a city's run after everything else.
   */
  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW) {
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.NO_COMPRESSION);
      return zip;
    }
  };
  /**
   * Every cell gets a style, the default one at least: a cell without a style has SXSSF look up
   * its column's default style through XMLBeans for every cell it writes (the columns have widths).
   */
  private final CellStyles styles;
  private final LocalDate date;
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
  BatchWorkbook(Language language, LocalDate date, int shown) {
    this.text = DocumentText.of(language);
    this.date = date;
    this.shown = shown;
    styles = new CellStyles(book);
    sites = book.createSheet(text.text("sheet.sites"));
    header(sites, new int[] {40, 16, 30, 10, 10, 10, 10, 10, 24},
        text.text("batch.survey"), text.text("inventory.site"), text.text("batch.name"), text.text("batch.cameras"),
        text.text("batch.zones"), text.text("batch.violations"), text.text("batch.deficiencies"),
        text.text("batch.warnings"), text.text("batch.report"));
    findings = book.createSheet(text.text("sheet.findings"));
    header(findings, new int[] {24, 10, 10, 16, 24, 12, 16, 80, 12, 16},
        text.text("findings.code"), text.text("findings.severity"), text.text("findings.article"),
        text.text("inventory.site"), text.text("inventory.site_name"), text.text("findings.camera"),
        text.text("findings.zone"), text.text("findings.message"), text.text("findings.consequence"),
        text.text("findings.party"));
  }

  /**
   * @param date the inspection's date the workbook bears, or null for none
   */
  public BatchWorkbook(Language language, LocalDate date) {
    this(language, date, FINDINGS_SHOWN);
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
    long[] sum = surveys.computeIfAbsent(source, s -> new long[6]);
    long[] counts = {1, cameras, zones, violations, deficiencies, warnings};
    for (int i = 0; i < sum.length; i++) {
      sum[i] += counts[i];
    }
  }

  /**
   * One finding: its row while the sheet shows findings, else only counted.
   *
   * @param siteName the name of the finding's site, or null
   */
  public void finding(FindingsJsonLines.Line f, String siteName) {
    if (findingCount++ >= shown) {
      return;
    }
    LawId law = FindingCode.valueOf(f.code()).law();
    styles.row(findings.createRow((int) findingCount), f.code(), text.messages().text("severity." + f.severity()),
        f.article() == null ? null : text.part(law, f.article(), f.item()), f.siteId(), siteName, f.cameraId(),
        f.zoneSiteId() == null || f.zoneId() == null ? f.zoneId() : f.zoneSiteId() + "/" + f.zoneId(), f.message(),
        f.consequence() == null ? null : text.part(law, f.consequence(), null), text.text("party." + f.party(), law));
  }

  /**
   * Writes the workbook. SXSSF keeps its rows in a temporary file; the workbook is written to
   * another beside the target and copied out entry by entry with fixed dates.
   *
   * @param scratch a folder for the workbook before its entries are restamped
   */
  public void write(OutputStream out, Path scratch) throws IOException {
    if (findingCount > shown) {
      styles.row(findings.createRow(shown + 2),
          text.format("batch.findings.not_shown", findingCount - shown, findingCount));
    }
    writeSurveys();
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

  private void writeSurveys() {
    Sheet sheet = book.createSheet(text.text("sheet.surveys"));
    header(sheet, new int[] {40, 10, 10, 10, 10, 10, 10},
        text.text("batch.survey"), text.text("batch.sites"), text.text("batch.cameras"), text.text("batch.zones"),
        text.text("batch.violations"), text.text("batch.deficiencies"), text.text("batch.warnings"));
    int rows = 1;
    for (java.util.Map.Entry<String, long[]> survey : surveys.entrySet()) {
      long[] c = survey.getValue();
      styles.row(sheet.createRow(rows++), survey.getKey(), c[0], c[1], c[2], c[3], c[4], c[5]);
    }
  }

  private void header(Sheet sheet, int[] widths, String... titles) {
    styles.header(sheet.createRow(0), titles);
    for (int i = 0; i < titles.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** The columns of a sheet: its header's, as every sheet has fixed ones. */
  private int columns(Sheet s) {
    return s == sites ? SITE_COLUMNS : s == findings ? FINDING_COLUMNS : SURVEY_COLUMNS;
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
