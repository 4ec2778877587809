package org.camsurvey.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Site;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.write.KmlWriter;

/**
 * Findings as KML for Google Earth: one Folder per site, each finding a Placemark where it is on
 * the ground (the overlap seen, the part left uncovered, the camera), styled by severity —
 * violations red, deficiencies orange, warnings grey — with its message as the description and
 * the JSON finding's fields as ExtendedData.
 */
public final class FindingsKml {
  private FindingsKml() {}

  /** @param kmz whether to write a KMZ rather than plain KML */
  public static void write(CheckResult result, FindingMessages messages, OutputStream out, boolean kmz)
      throws IOException {
    KmlWriter kml = KmlWriter.open(out, kmz, result.survey().name() + " — " + messages.text("kml.findings"));
    // KML colours are aabbggrr; fills half opaque so that the ground shows through.
    kml.style(new KmlWriter.Style(Severity.VIOLATION.code(), "ff0000ff", 3, "800000ff", "ff0000ff", 1.2));
    kml.style(new KmlWriter.Style(Severity.DEFICIENCY.code(), "ff008cff", 2, "80008cff", "ff008cff", 1.0));
    kml.style(new KmlWriter.Style(Severity.WARNING.code(), "ff9e9e9e", 1.5, "609e9e9e", "ff9e9e9e", 0.8));
    Map<String, String> siteNames = new LinkedHashMap<>();
    for (Site site : result.survey().sites()) {
      siteNames.put(site.siteId(), site.name());
    }
    boolean open = false;
    String site = null;
    for (Finding f : result.findings()) {
      if (!open || !Objects.equals(site, f.siteId())) {
        if (open) {
          kml.endFolder();
        }
        site = f.siteId();
        String name = site == null ? messages.text("table.no_site")
            : siteNames.get(site) == null ? site : site + " " + siteNames.get(site);
        kml.startFolder(name);
        open = true;
      }
      kml.placemark(new KmlWriter.Placemark(label(f, messages), messages.message(f), f.severity().code(), null,
          values(f, messages), f.geometry() == null ? null : result.survey().frame().toLonLat(f.geometry())));
    }
    if (open) {
      kml.endFolder();
    }
    kml.finish();
  }

  /** "violation ART9_FORBIDDEN_VIEW H-03 → Z-H-02", in the reader's language. */
  private static String label(Finding f, FindingMessages messages) {
    StringBuilder b = new StringBuilder(messages.text("severity." + f.severity().code())).append(' ')
        .append(f.code().name());
    if (f.cameraId() != null) {
      b.append(' ').append(f.cameraId());
    }
    if (f.zoneId() != null) {
      b.append(f.cameraId() != null ? " → " : " ").append(f.zoneId());
    }
    return b.toString();
  }

  private static Map<String, Object> values(Finding f, FindingMessages messages) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", f.code().name());
    values.put("severity", f.severity().code());
    values.put("party", f.party().code());
    values.put("article", f.article());
    values.put("item", f.item());
    values.put("site_id", f.siteId());
    values.put("camera_id", f.recordId("camera_id"));
    values.put("zone_id", f.recordId("zone_id"));
    values.put("zone_site_id", f.zoneSiteId());
    values.put("obst_id", f.recordId("obst_id"));
    for (Map.Entry<String, Object> figure : f.figures().entrySet()) {
      Object v = figure.getValue();
      values.put(figure.getKey(), v instanceof Collection<?> c ? String.join(",", c.stream().map(String::valueOf).toList()) : v);
    }
    values.put("consequence", f.consequence());
    if (f.namesRecord()) {
      values.put("file", f.source().file());
      values.put("layer", f.source().layer());
      if (f.source().recordNumber() > 0) {
        values.put("record", f.source().recordLabel());
      }
    }
    values.put("message", messages.message(f));
    return values;
  }
}
