package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Finding;

/**
 * Findings as JSON Lines: one finding per line, the very object of {@code check --format json}'s
 * {@code findings} array, each line ended by a line feed whatever the platform.
 */
public final class FindingsJsonLines {
  private static final JsonFactory JSON = new JsonFactory();

  private FindingsJsonLines() {}

  /**
   * Writes the findings, one line each, in UTF-8.
   *
   * @return what a table shows of each, in order
   */
  public static List<Line> write(List<Finding> findings, FindingMessages messages, OutputStream out) throws IOException {
    List<Line> lines = new ArrayList<>(findings.size());
    // straight to UTF-8 bytes, flushed once: a city's batch writes a million of these lines
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      for (Finding f : findings) {
        String message = messages.message(f);
        FindingsJson.writeFinding(g, f, message);
        g.writeRaw('\n');
        lines.add(new Line(f.code().name(), f.severity().code(), f.article(), f.item(), f.siteId(),
            f.recordId("camera_id"), f.recordId("zone_id"), f.zoneSiteId(), f.consequence(), message, f.party().code()));
      }
    }
    return lines;
  }

  /**
   * The parts of a finding line a table shows, as written.
   *
   * @param code the finding's code
   * @param severity violation, deficiency or warning
   * @param article the article, or null
   * @param item the item, or null
   * @param siteId the site, or null
   * @param cameraId the camera, or null
   * @param zoneId the zone, or null
   * @param zoneSiteId the zone's site where it is another site's, or null
   * @param consequence the article saying what follows, or null
   * @param message the sentence
   * @param party site, official or anyone
   */
  public record Line(String code, String severity, String article, String item, String siteId, String cameraId,
      String zoneId, String zoneSiteId, String consequence, String message, String party) {

    /** Reads a line {@link #write} wrote (as {@link #write} returned it); the figures are skipped. */
    public static Line parse(String line) throws IOException {
      String[] v = new String[11];
      try (JsonParser p = JSON.createParser(line)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException("not a finding: " + line);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          int at = switch (name) {
            case "code" -> 0;
            case "severity" -> 1;
            case "article" -> 2;
            case "item" -> 3;
            case "site_id" -> 4;
            case "camera_id" -> 5;
            case "zone_id" -> 6;
            case "zone_site_id" -> 7;
            case "consequence" -> 8;
            case "message" -> 9;
            case "party" -> 10;
            default -> -1;
          };
          if (at >= 0 && value == JsonToken.VALUE_STRING) {
            v[at] = p.getText();
          } else {
            p.skipChildren();
          }
        }
      }
      return new Line(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }
  }
}
