package org.camsurvey.report;

import java.time.LocalDate;
import java.util.Objects;
import org.camsurvey.model.Language;

/**
 * What every page of a document and every workbook names: its number, its date, and the survey
 * it was made from.
 *
 * @param number the document number, e.g. CS-INS-20240312-3f2a9c1b
 * @param date the date the document bears (and its PDF creation date, at midnight UTC)
 * @param surveyName the survey as the user named it
 * @param surveySha256 the SHA-256 of the survey's files, lower-case hex
 * @param language the document's language
 * @param toolVersion camsurvey's version, for the PDF producer field
 */
public record DocumentInfo(
    String number, LocalDate date, String surveyName, String surveySha256, Language language, String toolVersion) {
  public DocumentInfo {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(surveySha256, "surveySha256");
    Objects.requireNonNull(language, "language");
  }

  /** A document number: a kind (FIL, INS), the date and the first 8 hex digits of the survey's hash. */
  public static String number(String kind, LocalDate date, String surveySha256) {
    return number(kind, date, surveySha256, 8);
  }

  /**
   * A document number with more digits of a hash, for a series of documents made at once (a
   * batch's 100 000 site reports would share an 8-digit number about once).
   */
  public static String number(String kind, LocalDate date, String sha256, int digits) {
    return "CS-" + kind + "-" + date.toString().replace("-", "") + "-" + sha256.substring(0, digits).toUpperCase(java.util.Locale.ROOT);
  }

  public DocumentText text() {
    return DocumentText.of(language);
  }
}
