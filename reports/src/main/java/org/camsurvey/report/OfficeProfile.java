package org.camsurvey.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.camsurvey.read.InputException;

/**
 * The public security organ that issues the documents, as its office profile file gives it
 * ({@code --office FILE}, a UTF-8 properties file; samples/office.properties): its name, the
 * pattern of its rectification notices' numbers, its address and phone, and the review organ and
 * court a notice names for the unit's remedies.
 *
 * @param organ the organ's name, as it heads its documents (重庆市公安局渝中区分局)
 * @param numberPattern the notice number, {year} and {seq} filled in (渝中公（治）责改字〔{year}〕{seq}号)
 * @param firstNumber the sequence number the first notice of a run takes
 * @param address the organ's address, or null
 * @param phone the organ's phone, or null
 * @param reviewOrgan where a unit applies for administrative review (行政复议机关)
 * @param court where a unit sues (人民法院)
 * @param recordNumberPattern the inspection record's number, {year} and {seq} filled in as the first
 *     notice's are (渝中公（治）检记字〔{year}〕{seq}号), or null to number the record as the report
 */
public record OfficeProfile(String organ, String numberPattern, int firstNumber, String address, String phone,
    String reviewOrgan, String court, String recordNumberPattern) {
  private static final List<String> REQUIRED = List.of("organ", "number", "review_organ", "court");

  /** An office whose profile gives no pattern for its inspection records. */
  public OfficeProfile(String organ, String numberPattern, int firstNumber, String address, String phone,
      String reviewOrgan, String court) {
    this(organ, numberPattern, firstNumber, address, phone, reviewOrgan, court, null);
  }

  /** The inspection record's number for a run dated in {@code year}, or {@code otherwise} where the profile gives no pattern. */
  public String recordNumber(int year, String otherwise) {
    return recordNumberPattern == null ? otherwise
        : recordNumberPattern.replace("{year}", Integer.toString(year)).replace("{seq}", Integer.toString(firstNumber));
  }

  /** The number of the {@code index}-th notice (from 0) of a run dated in {@code year}. */
  public String number(int year, int index) {
    return numberPattern.replace("{year}", Integer.toString(year)).replace("{seq}", Integer.toString(firstNumber + index));
  }

  /**
   * Reads an office profile.
   *
   * @throws InputException naming the file and what is missing or wrong
   */
  public static OfficeProfile read(Path file) {
    Properties p = new Properties();
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
      p.load(in);
    } catch (CharacterCodingException e) {
      throw InputException.file(file.toString(), "is not UTF-8 text");
    } catch (IOException | IllegalArgumentException e) {
      throw InputException.file(file.toString(), "cannot be read as an office profile (" + e.getMessage() + ")");
    }
    for (String key : REQUIRED) {
      if (p.getProperty(key, "").isBlank()) {
        throw new InputException(file.toString(), null, null, key, "the office profile needs '" + key + "'");
      }
    }
    String pattern = p.getProperty("number").strip();
    if (!pattern.contains("{seq}")) {
      throw new InputException(file.toString(), null, null, "number",
          "the notice number's pattern has no {seq}: every notice needs a number of its own");
    }
    int first;
    try {
      first = Integer.parseInt(p.getProperty("first_number", "1").strip());
    } catch (NumberFormatException e) {
      throw new InputException(file.toString(), null, null, "first_number", "is not a whole number");
    }
    if (first < 1) {
      throw new InputException(file.toString(), null, null, "first_number", "numbers start at 1 or later");
    }
    return new OfficeProfile(p.getProperty("organ").strip(), pattern, first, text(p, "address"), text(p, "phone"),
        p.getProperty("review_organ").strip(), p.getProperty("court").strip(), text(p, "record_number"));
  }

  private static String text(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
