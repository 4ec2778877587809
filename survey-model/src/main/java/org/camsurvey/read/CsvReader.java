package org.camsurvey.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads one layer from a CSV file named after it. Points come as {@code lon},{@code lat}
 * (WGS 84) or {@code x},{@code y} (in the CRS the user names with {@code --crs}); any geometry as
 * a {@code wkt} column (in {@code --crs}, else WGS 84). A row with no geometry column is a
 * record without geometry, as access-log rows are.
 */
public final class CsvReader {
  private static final String CSV_HINT =
      "; save it again as CSV (comma- or semicolon-separated, quotes around text that holds them)";

  /** Longest line read, in bytes. */
  static final int MAX_LINE_BYTES = 16 << 20;

  /**
   * @param file the file name as the user gave it, for messages
   * @param bytes the file's content
   * @param layer the layer the file's name says
   */
  public RawLayer read(String file, byte[] bytes, String layer, ImportOptions options) {
    requireShortLines(file, layer, bytes);
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, options.encoding());
    String text = decoded.text();
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiterOf(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
            .get();
    List<RawFeature> features = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>();
    Crs crs;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = new ArrayList<>();
      for (String name : parser.getHeaderNames()) {
        header.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
      }
      ColumnGeometry geometries = ColumnGeometry.of(file, layer, header, options.crs());
      crs = geometries.crs();
      for (String name : header) {
        if (!name.isEmpty() && !geometries.isGeometryColumn(name)) {
          fields.add(name);
        }
      }
      int number = 0;
      for (CSVRecord row : parser) {
        if (isBlank(row)) {
          continue;
        }
        number++;
        if (row.size() > header.size()) {
          throw new InputException(file, layer, "#" + number, null,
              "the row has " + row.size() + " values but the header names " + header.size() + " columns (line "
                  + row.getParser().getCurrentLineNumber() + ")");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
          String name = header.get(i);
          if (!name.isEmpty() && !geometries.isGeometryColumn(name)) {
            attributes.put(name, row.get(i));
          }
        }
        RawFeature provisional = new RawFeature(number, attributes, null);
        Geometry geometry = geometries.read(row.toList(), provisional);
        features.add(new RawFeature(number, attributes, geometry));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // The text is already in memory: an IOException is malformed CSV (an unclosed quote,
      // say), and the header's comes from CSVParser.parse, before any row is read.
      throw InputException.file(file, "not a readable CSV table: " + e.getMessage() + CSV_HINT);
    } catch (UncheckedIOException e) {
      throw InputException.file(file, "not a readable CSV table: " + e.getCause().getMessage() + CSV_HINT);
    }
    List<Finding> warnings = new ArrayList<>();
    if (decoded.guessed()) {
      warnings.add(
          Finding.of(FindingCode.DATA_ENCODING_GUESSED)
              .source(new SourceRef(file, layer, 0, null))
              .figure("encoding", decoded.charset().name())
              .build());
    }
    return new RawLayer(layer, file, crs, fields, features, warnings);
  }

  /**
   * Refuses a line longer than {@link #MAX_LINE_BYTES} before the text is decoded and parsed, which
   * would each copy it again: no survey row needs more, even with a large polygon's WKT.
   */
  private static void requireShortLines(String file, String layer, byte[] bytes) {
    int start = 0;
    int line = 1;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i - start > MAX_LINE_BYTES) {
          throw new InputException(file, layer, null, null, "line " + line + " is longer than "
              + (MAX_LINE_BYTES >> 20) + " MiB; refused as too large to read");
        }
        start = i + 1;
        line++;
      }
    }
  }

  private static boolean isBlank(CSVRecord row) {
    for (String value : row) {
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Excel writes commas, but semicolons where the decimal mark is a comma, and some tools tabs. */
  private static char delimiterOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    int commas = count(header, ',');
    int semicolons = count(header, ';');
    int tabs = count(header, '\t');
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
