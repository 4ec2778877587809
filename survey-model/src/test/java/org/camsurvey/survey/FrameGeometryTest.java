package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.survey.RawLayers.ZONE_SQUARE;
import static org.camsurvey.survey.RawLayers.assemble;
import static org.camsurvey.survey.RawLayers.csv;
import static org.camsurvey.survey.RawLayers.oneCamera;
import static org.camsurvey.survey.RawLayers.onlyCamera;
import static org.camsurvey.survey.RawLayers.table;
import static org.camsurvey.survey.RawLayers.validCamera;
import static org.camsurvey.survey.RawLayers.zones;

import java.util.List;
import java.util.Map;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

/**
 * Each record's geometry placed in the local frame: the shape its layer needs (a camera's point,
 * a zone's polygon with an area, an obstacle's line or polygon), and an invalid zone repaired
 * with a warning.
 */
class FrameGeometryTest {
  @Test
  void rejectsACameraWithoutGeometry() {
    Map<String, String> fields = validCamera();
    fields.put("lon", "");
    fields.put("lat", "");

    Rejection.of(() -> assemble(csv("cameras", table(List.of(fields)))))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a camera needs a point");
  }

  @Test
  void rejectsACameraDrawnAsAPolygon() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,\"" + ZONE_SQUARE + "\"\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a camera is a point, not a Polygon");
  }

  @Test
  void readsACameraDrawnAsAMultiPointOfOne() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,MULTIPOINT ((106.577 29.558))\n");

    assertThat(onlyCamera(assemble(cameras)).location().getX()).isCloseTo(0, within(1e-6));
  }

  @Test
  void rejectsACameraDrawnAsAMultiPointOfTwo() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,\"MULTIPOINT ((106.577 29.558), (106.578 29.558))\"\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a camera is a point, not a MultiPoint");
  }

  @Test
  void rejectsACameraDrawnAsAGeometryCollection() {
    RawLayer cameras = csv("cameras", "camera_id,heading,hfov,range_m,wkt\nC1,0,90,30,GEOMETRYCOLLECTION (POINT (106.577 29.558))\n");

    Rejection.of(() -> assemble(cameras))
        .names("cameras.csv", "cameras", "C1", "geometry")
        .because("a GeometryCollection is not a survey geometry");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "POLYGON ((106.5771 29.5581, 106.5772 29.5581, 106.5773 29.5581, 106.5771 29.5581))",
    "POLYGON ((106.5771 29.5581, 106.5771 29.5582, 106.5771 29.5583, 106.5771 29.5581))",
    "POLYGON ((106.5771 29.5581, 106.5772 29.5582, 106.5773 29.5583, 106.5771 29.5581))",
    "POLYGON ((106.5771 29.5581, 106.5771 29.5581, 106.5771 29.5581, 106.5771 29.5581))",
    // kilometres along a parallel, which curves in the local frame: no area where it was drawn
    "POLYGON ((106.5 29.5581, 106.6 29.5581, 106.7 29.5581, 106.5 29.5581))",
  })
  void rejectsAZoneWithoutArea(String flat) {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,," + '"' + flat + '"')))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("the polygon has no area");
  }

  @Test
  void readsAZoneOfASquareMetre() {
    String small = "POLYGON ((106.57710 29.55810, 106.57711 29.55810, 106.57711 29.55811, 106.57710 29.55811, 106.57710 29.55810))";

    Survey survey = assemble(oneCamera(), zones("Z1,S1,forbidden,9.6,,," + '"' + small + '"'));

    assertThat(survey.zones().get(0).area().getArea()).isCloseTo(0.97 * 1.11, within(0.01));
  }

  @Test
  void rejectsAZoneWithoutGeometry() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,,")))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("a zone needs a polygon");
  }

  @Test
  void rejectsAZoneDrawnAsALine() {
    Rejection.of(() -> assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,,\"LINESTRING (106.5771 29.5581, 106.5772 29.5582)\"")))
        .names("zones.csv", "zones", "Z1", "geometry")
        .because("expected a polygon, found a LineString");
  }

  @Test
  void repairsABowTieZoneKeepingBothLobesAndWarns() {
    String bowTie = "POLYGON ((106.5770 29.5580, 106.5772 29.5582, 106.5772 29.5580, 106.5770 29.5582, 106.5770 29.5580))";

    Survey survey = assemble(oneCamera(), zones("Z1,S1,forbidden,9.3,,," + '"' + bowTie + '"'));

    Geometry area = survey.zones().get(0).area();
    assertThat(area.isValid()).isTrue();
    assertThat(area.getNumGeometries()).isEqualTo(2);
    // each lobe is a quarter of the bow-tie's bounding box
    assertThat(area.getArea()).isCloseTo(area.getEnvelopeInternal().getArea() / 2, within(0.01));
    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_GEOMETRY_REPAIRED);
      assertThat(w.siteId()).isEqualTo("S1");
      assertThat(w.source().recordLabel()).isEqualTo("Z1");
      assertThat(w.figures()).containsEntry("reason", "Self-intersection").containsEntry("area_before_m2", 0.0);
      assertThat((double) w.figures().get("area_after_m2")).isCloseTo(area.getArea(), within(0.01));
    });
  }

  @Test
  void readsObstaclesAsLinesAndPolygons() {
    RawLayer obstacles = csv("obstacles", "obst_id,kind,wkt\n"
        + "O1,wall,\"LINESTRING (106.5772 29.5579, 106.5772 29.5584)\"\n"
        + "O2,building,\"" + ZONE_SQUARE + "\"\n");

    Survey survey = assemble(oneCamera(), obstacles);

    assertThat(survey.obstacles()).extracting(o -> o.shape().getGeometryType()).containsExactly("LineString", "Polygon");
    assertThat(survey.obstacles()).extracting(o -> o.kind()).containsExactly("wall", "building");
    assertThat(survey.obstacles().get(0).shape().getLength()).isCloseTo(55.4, within(0.5));
  }
}
