package org.camsurvey.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camsurvey.cli.CommandFailure;
import org.camsurvey.cli.ExitCode;
import org.camsurvey.cli.OutputFile;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.Sha256;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.survey.SiteSurvey;
import org.camsurvey.survey.SurveyDigest;

/**
 * The inspection report of every site with findings, {@code DIR/reports/SURVEY/SITE.pdf}, each
 * written whole by the thread that checked the site. Everything a report holds comes from the
 * site and the options, never from the order sites are checked in: its number is made from the
 * survey's hash and the site id, so that sites of one survey get different numbers. The one font
 * is shared by the threads, which {@link DocumentFont} allows.
 */
public final class SiteReports {
  /** The folder in DIR that holds the reports. */
  public static final String FOLDER = "reports";
  /** Longer names are cut and given a hash, well inside the 255 bytes file systems allow. */
  private static final int LONGEST_NAME = 180;
  /** Hex digits of a report's number: 48 bits, so that a city's sites do not share one. */
  private static final int SITE_DIGITS = 12;

  private final InspectionReport.Inspection inspection;
  private final List<Finding> deadlineWarnings;
  private final LocalDate date;
  private final DocumentFont font;
  private final Language language;
  private final String toolVersion;
  /** Each survey's hash, made by the first thread that needs it. */
  private final Map<String, String> digests = new ConcurrentHashMap<>();

  /**
   * @param inspection the inspectors and the rectification deadline
   * @param deadlineWarnings what every report says of how its deadline was counted (a year the
   *     holiday calendar lacks)
   * @param date the date every report bears
   */
  public SiteReports(InspectionReport.Inspection inspection, List<Finding> deadlineWarnings, LocalDate date,
      DocumentFont font, Language language, String toolVersion) {
    this.inspection = inspection;
    this.deadlineWarnings = List.copyOf(deadlineWarnings);
    this.date = date;
    this.font = font;
    this.language = language;
    this.toolVersion = toolVersion;
  }

  /** The font the reports are set in, for the warning about the characters it lacks. */
  public DocumentFont font() {
    return font;
  }

  /** Whether a site gets a report: a site (not the survey-wide unit) with at least one finding. */
  static boolean wanted(SiteSurvey unit, CheckResult result) {
    return unit.siteId() != null && !result.findings().isEmpty();
  }

  /**
   * The folder of each survey's reports, named after its file or folder; refused before any work
   * when two surveys would share one.
   *
   * @return the folder name by survey, as {@link SiteSurvey#source()} names it
   */
  static Map<String, String> folders(List<Path> surveys) {
    Map<String, String> folders = new HashMap<>();
    Map<String, Path> taken = new HashMap<>();
    for (Path survey : surveys) {
      Path name = survey.toAbsolutePath().normalize().getFileName();
      String folder = fileName(name == null ? survey.toAbsolutePath().toString() : name.toString());
      Path other = taken.putIfAbsent(folder, survey);
      if (other != null && !other.equals(survey)) {
        throw new CommandFailure(ExitCode.USAGE, survey + " and " + other + ": --reports names a folder after each"
            + " survey, and these share the name " + folder + "; give them in separate runs or rename one");
      }
      folders.put(survey.toString(), folder);
    }
    return folders;
  }

  /**
   * Writes a site's report into {@code folder}, whole: beside its name first, then moved there.
   *
   * @param folder the survey's folder of reports
   * @param options how the survey is read, for its hash
   */
  void write(SiteSurvey unit, CheckResult result, Path folder, ImportOptions options) throws IOException {
    String sha = digests.computeIfAbsent(unit.source(), source -> SurveyDigest.sha256(Path.of(source), options));
    String number = DocumentInfo.number("INS", date, Sha256.hex(sha + "\n" + unit.siteId()), SITE_DIGITS);
    DocumentInfo info = new DocumentInfo(number, date, unit.survey().name(), sha, language, toolVersion);
    byte[] pdf = InspectionReport.write(result.with(deadlineWarnings), inspection, info, font);
    Files.createDirectories(folder);
    OutputFile.writeBinary(folder.resolve(fileName(unit.siteId()) + ".pdf"), true, List.of(), out -> out.write(pdf));
  }

  /**
   * A file name for an id, different for different ids: ASCII letters, digits, {@code -}, {@code
   * _} and {@code .} (but a leading one) are kept, every other byte of its UTF-8 becomes {@code
   * %XX}. So there is no path separator, control character or hidden name, and the name decodes
   * back to the id. A name past 180 characters is cut there and ends with {@code ~} and 16 hex
   * digits of the id's SHA-256 ({@code ~} is never kept, so no short name looks like that).
   */
  static String fileName(String id) {
    StringBuilder name = new StringBuilder();
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean kept = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_'
          || b == '.' && i > 0;
      if (kept) {
        name.append((char) b);
      } else {
        name.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) b));
      }
    }
    if (name.length() == 0) {
      return "%";
    }
    if (name.length() <= LONGEST_NAME) {
      return name.toString();
    }
    int cut = LONGEST_NAME;
    while (name.charAt(cut - 1) == '%' || name.charAt(cut - 2) == '%') {
      cut--;
    }
    return name.substring(0, cut) + "~" + Sha256.hex(id).substring(0, 16);
  }
}
