package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.camsurvey.model.Language;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.OutputLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

/** Findings as a map layer: one feature per finding, where it is on the ground. */
class FindingsLayerTest {
  @Test
  void oneFeaturePerFindingInOrderWithItsFieldsAndMessage() throws Exception {
    CheckResult result = ReportFixture.everyFinding();

    OutputLayer layer = FindingsLayer.of(result, FindingMessages.of(Language.EN));

    assertThat(layer.name()).isEqualTo("findings");
    assertThat(layer.geometry()).isEqualTo(LayerSchema.GeometryKind.ANY);
    assertThat(layer.fields()).extracting(LayerSchema.Field::name).containsExactly("code", "severity", "party", "article",
        "item", "consequence", "site_id", "camera_id", "zone_id", "zone_site_id", "obst_id", "overlap_m2", "coverage",
        "required", "figures", "message");
    assertThat(layer.features()).extracting(f -> f.values().get("code") + " " + dash(f, "site_id") + " "
        + dash(f, "camera_id") + " " + dash(f, "zone_id") + (f.values().get("zone_site_id") == null ? "" : " "
        + f.values().get("zone_site_id"))).containsExactlyElementsOf(ReportFixture.EVERY_FINDING_AS_WRITTEN);
    assertThat(layer.features().get(2).values()).containsEntry("code", "DATA_INDEX_REBUILT")
        .containsEntry("severity", "warning");
    Map<String, Object> uncovered = layer.features().get(3).values();
    assertThat(uncovered).containsEntry("severity", "violation").containsEntry("article", "8").containsEntry("item", "8")
        .containsEntry("consequence", "23").containsEntry("required", 0.9);
    assertThat((Double) uncovered.get("coverage")).isCloseTo(0.5, within(0.001));
    assertThat(new ObjectMapper().readTree((String) uncovered.get("figures")).get("coverage").asDouble())
        .isCloseTo(0.5, within(0.001));
    assertThat((String) uncovered.get("message")).isEqualTo(FindingMessages.of(Language.EN).message(result.findings().get(3)));
    assertThat(layer.features().get(5).values().get("overlap_m2")).isInstanceOf(Double.class);
  }

  @Test
  void pointsAtCamerasMultipolygonsForAreasNothingForFiles() {
    List<OutputLayer.Feature> features = FindingsLayer.of(ReportFixture.everyFinding(), FindingMessages.of(Language.ZH)).features();

    assertThat(features).extracting(f -> f.geometry() == null ? "null" : f.geometry().getGeometryType()).containsExactly(
        "null", "null", "null", "MultiPolygon", "MultiPolygon", "MultiPolygon", "Point", "Point", "Point", "Point",
        "Point", "Point", "Point", "null", "Point", "null", "null", "Point");
    Geometry v = features.get(7).geometry();
    assertThat(v.getCoordinate().x).isCloseTo(106.577, within(1e-9));
    assertThat(v.getCoordinate().y).isCloseTo(29.557, within(1e-9));
    assertThat(features.get(3).geometry().isValid()).isTrue();
    assertThat(features.get(3).geometry().getEnvelopeInternal().getMinX()).isBetween(106.5769, 106.5771);
  }

  @Test
  void writtenToAGeoPackageAsOneMixedLayer(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("findings.gpkg");
    OutputLayer layer = FindingsLayer.of(ReportFixture.everyFinding(), FindingMessages.of(Language.ZH));

    GeoPackageWriter.write(file, List.of(layer));

    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'findings'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("GEOMETRY");
      }
      try (ResultSet r = s.executeQuery("SELECT code, geom, message FROM findings ORDER BY fid")) {
        while (r.next()) {
          byte[] blob = r.getBytes(2);
          rows.add(r.getString(1) + " " + (blob == null ? "null"
              : new WKBReader().read(new GeoPackageGeometryData(blob).getWkb()).getGeometryType()));
          assertThat(r.getString(3)).isNotBlank();
        }
      }
    }
    assertThat(rows).hasSize(18).startsWith("DATA_MISSING_FIELD null", "DATA_ENCODING_GUESSED null",
        "DATA_INDEX_REBUILT null", "ART8_UNCOVERED MultiPolygon", "ART9_FORBIDDEN_VIEW MultiPolygon");
  }

  private static String dash(OutputLayer.Feature f, String field) {
    Object v = f.values().get(field);
    return v == null ? "-" : v.toString();
  }
}
