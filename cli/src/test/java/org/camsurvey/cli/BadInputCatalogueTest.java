package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases of docs/BAD-INPUT.md run end to end: each small survey is refused with exit 3 and one line
 * naming the file, the record and the reason, with no stack trace, and nothing on standard output.
 */
class BadInputCatalogueTest {
  private static final String CSV_HEADER = "camera_id,site_id,lon,lat,heading,hfov,range_m\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("CSV row longer than its header", "cameras.csv",
            CSV_HEADER + "C1,S1,106.577,29.557,0,90,50\nC2,S1,106.577,29.557,0,90,50,extra\n",
            "layer 'cameras', record #2", "the row has 8 values but the header names 7 columns"),
        Arguments.of("CSV coordinate that is not a number", "cameras.csv",
            CSV_HEADER + "C1,S1,106°34',29.557,0,90,50\n",
            "layer 'cameras', record C1, field 'lon'", "is not a number"),
        Arguments.of("CSV camera id twice in one site", "cameras.csv",
            CSV_HEADER + "C1,S1,106.577,29.557,0,90,50\nC1,S1,106.578,29.557,0,90,50\n",
            "layer 'cameras', record C1, field 'camera_id'", "appears twice in site 'S1'"),
        Arguments.of("GeoJSON coordinate of 1e308", "cameras.geojson",
            collection(SurveyFiles.camera("C1", "").replace("106.577", "1e308")),
            "layer 'cameras', record C1, field 'geometry'", "EPSG:4326"),
        Arguments.of("GeoJSON unclosed ring", "zones.geojson",
            collection(zone("Z1", "forbidden", "9.3",
                "[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.6]]")),
            "layer 'zones', record Z1, field 'geometry'", "a polygon ring is not closed"),
        Arguments.of("GeoJSON zone with an unknown rule", "zones.geojson",
            collection(zone("Z1", "watched", "9.3",
                "[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.6], [106.5, 29.5]]")),
            "layer 'zones', record Z1, field 'rule'", "'watched'"),
        Arguments.of("GeoJSON zone of a kind there is not", "zones.geojson",
            collection(zone("Z1", "forbidden", "9.3",
                "[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.6], [106.5, 29.5]]")
                .replace("\"item\": \"9.3\"", "\"item\": \"9.3\", \"kind\": \"sauna\"")),
            "layer 'zones', record Z1, field 'kind'", "'sauna' is not a place kind: lodging_room"),
        Arguments.of("GeoJSON zone without area", "zones.geojson",
            collection(zone("Z1", "forbidden", "9.3",
                "[[106.5771, 29.5581], [106.5772, 29.5581], [106.5773, 29.5581], [106.5771, 29.5581]]")),
            "layer 'zones', record Z1, field 'geometry'", "the polygon has no area"),
        Arguments.of("KML latitude that is not a number", "survey.kml",
            "<kml><Folder><name>cameras</name>\n<Placemark><ExtendedData><Data name='camera_id'><value>C9</value></Data>"
                + "</ExtendedData>\n<Point><coordinates>106.5,north</coordinates></Point></Placemark></Folder></kml>\n",
            "layer 'cameras', record C9, field 'geometry'", "the latitude 'north' is not a finite number (line 3)"),
        Arguments.of("Evidence photo that is missing", "evidence.csv",
            "site_id,camera_id,photo\nS1,C1,photos/gone.jpg\n",
            "layer 'evidence', record #1, field 'photo'", "photo photos/gone.jpg"),
        Arguments.of("Evidence photo that is text", "evidence.csv",
            "site_id,camera_id,photo\nS1,C1,evidence.csv\n",
            "layer 'evidence', record #1, field 'photo'", "is not a JPEG or PNG image"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithExitThreeNamingFileRecordAndReason(String name, String fileName, String content, String where,
      String reason, @TempDir Path dir) throws IOException {
    Path survey = dir.resolve("survey");
    Files.createDirectories(survey);
    if (!fileName.startsWith("cameras")) {
      Files.writeString(survey.resolve("cameras.geojson"), collection(SurveyFiles.camera("C1", "")), StandardCharsets.UTF_8);
    }
    Path bad = survey.resolve(fileName);
    Files.writeString(bad, content, StandardCharsets.UTF_8);
    Path output = dir.resolve("findings.json");

    Run run = Cli.run("check", fileName.endsWith(".kml") ? bad.toString() : survey.toString(),
        "--format", "json", "-o", output.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).as(run.toString()).startsWith("camsurvey: " + bad + ": ").contains(where).contains(reason)
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
    assertThat(output).as("nothing is written on failure").doesNotExist();
  }

  private static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features) + "\n]}\n";
  }

  private static String zone(String id, String rule, String item, String ring) {
    return """
        {"type": "Feature", "properties": {"zone_id": "%s", "site_id": "S1", "rule": "%s", "item": "%s"},
         "geometry": {"type": "Polygon", "coordinates": [%s]}}""".formatted(id, rule, item, ring);
  }
}
