package org.camsurvey.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny surveys written to a test's folder: one camera at 106.577 E, 29.557 N looking north over a
 * mandated zone 10–20 m away (covered at observe quality) and away from a forbidden zone behind it.
 */
public final class Surveys {
  private Surveys() {}

  /** A camera feature; {@code properties} replaces fields of the compliant default. */
  public static String camera(String id, String extraProperties) {
    return """
        {"type": "Feature", "properties": {"camera_id": "%s", "site_id": "S1", "heading": 0, "hfov": 90,
         "range_m": 50, "res_h": 3840, "cam_type": "fixed", "signage": "yes", "retention": 30,
         "runs_24h": "yes", "installed": "2020-01-01", "filed": "2020-02-01"%s},
         "geometry": {"type": "Point", "coordinates": [106.577, 29.557]}}""".formatted(id, extraProperties);
  }

  public static final String CLEAN_ZONES = """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"zone_id": "M1", "site_id": "S1", "rule": "mandated", "item": "8.7", "name": "北门"},
         "geometry": {"type": "Polygon", "coordinates": [[[106.57697, 29.55709], [106.57703, 29.55709],
           [106.57703, 29.55718], [106.57697, 29.55718], [106.57697, 29.55709]]]}},
        {"type": "Feature", "properties": {"zone_id": "F1", "site_id": "S1", "rule": "forbidden", "item": "9.3", "name": "卫生间"},
         "geometry": {"type": "Polygon", "coordinates": [[[106.57697, 29.55682], [106.57703, 29.55682],
           [106.57703, 29.55691], [106.57697, 29.55691], [106.57697, 29.55682]]]}}
      ]}
      """;

  /** Writes a survey folder: cameras.geojson with the given features, and the clean zones unless null. */
  public static Path write(Path folder, String zones, String... cameraFeatures) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("cameras.geojson"),
          "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", cameraFeatures) + "\n]}\n",
          StandardCharsets.UTF_8);
      if (zones != null) {
        Files.writeString(folder.resolve("zones.geojson"), zones, StandardCharsets.UTF_8);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A survey with no finding at all. */
  public static Path clean(Path folder) {
    return write(folder, CLEAN_ZONES, camera("C1", ""));
  }
}
