package org.camsurvey.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyAssembler;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A survey in Gauss-Krüger coordinates far from its zone's central meridian, where grid north
 * is degrees off true north: headings are true north all the same, and zones 0.3 m either side
 * of the true boundary fall on the right side of it.
 */
class GridNorthTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /**
   * A camera looking true north with a 2° angle and 500 m range: the zone due true north is
   * seen, the zone due grid north (500 · sin γ off to the side) is not.
   */
  @ParameterizedTest
  @CsvSource({
    "EPSG:4544, 109.9, 29.5",
    "EPSG:4544, 100.3, 31.2",
    "EPSG:4523, 110.1, 28.4",
    "EPSG:4545, 105.2, 30.9",
    "EPSG:32648, 108.6, 29.6",
    "EPSG:32649, 107.4, 32.0"
  })
  void headingIsTrueNorthNotGridNorth(String crsName, double lon, double lat) {
    Crs crs = Crs.parse(crsName);
    double[] camera = crs.fromLonLat(lon, lat);
    GeodesicData trueNorth = Geodesic.WGS84.Direct(lat, lon, 0, 480);
    double[] seen = crs.fromLonLat(trueNorth.lon2, trueNorth.lat2);
    double[] gridNorth = {camera[0], camera[1] + 480};

    List<Finding> findings = check(crs, camera, 0, 2, 500,
        square("TRUE-N", seen, 2), square("GRID-N", gridNorth, 2));

    assertThat(forbiddenViews(findings)).containsExactly("TRUE-N");
  }

  /**
   * Zones whose near edge lies 0.3 m beyond the arc or beside a radial edge are not seen; moved
   * 0.6 m towards the camera, so that they reach 0.3 m inside, they are.
   */
  @ParameterizedTest
  @CsvSource({
    "EPSG:4544, 109.9, 29.5, 37.5, 60, 250",
    "EPSG:4545, 104.7, 30.2, 301.0, 90, 80",
    "EPSG:4523, 110.3, 28.9, 182.25, 45, 999"
  })
  void zonesNearTheBoundaryFallOnTheRightSide(String crsName, double lon, double lat, double heading,
      double hfov, double range) {
    Crs crs = Crs.parse(crsName);
    double[] camera = crs.fromLonLat(lon, lat);
    Polygon beyondArc = geodesicBox(crs, lon, lat, heading, range + 0.3, range + 5, 2);
    Polygon insideArc = geodesicBox(crs, lon, lat, heading, range - 0.3, range + 5, 2);
    double edgeAzimuth = heading + hfov / 2;
    Polygon besideEdge = sideBox(crs, lon, lat, edgeAzimuth, range / 2, 0.3);
    Polygon acrossEdge = sideBox(crs, lon, lat, edgeAzimuth, range / 2, -0.3);

    List<Finding> findings = check(crs, camera, heading, hfov, range,
        zone("BEYOND-ARC", beyondArc), zone("INSIDE-ARC", insideArc),
        zone("BESIDE-EDGE", besideEdge), zone("ACROSS-EDGE", acrossEdge));

    assertThat(forbiddenViews(findings)).containsExactlyInAnyOrder("INSIDE-ARC", "ACROSS-EDGE");
  }

  /** A 2 m wide box along the axis at the given azimuth, from near to far metres out. */
  private static Polygon geodesicBox(Crs crs, double lon, double lat, double azimuth, double near, double far, double halfWidth) {
    GeodesicData a = Geodesic.WGS84.Direct(lat, lon, azimuth, near);
    GeodesicData b = Geodesic.WGS84.Direct(lat, lon, azimuth, far);
    return ring(crs,
        Geodesic.WGS84.Direct(a.lat2, a.lon2, a.azi2 - 90, halfWidth),
        Geodesic.WGS84.Direct(a.lat2, a.lon2, a.azi2 + 90, halfWidth),
        Geodesic.WGS84.Direct(b.lat2, b.lon2, b.azi2 + 90, halfWidth),
        Geodesic.WGS84.Direct(b.lat2, b.lon2, b.azi2 - 90, halfWidth));
  }

  /**
   * A 4 m box outside the sector whose inner side runs parallel to the radial edge at the given
   * gap (negative: reaching across the edge into the sector).
   */
  private static Polygon sideBox(Crs crs, double lon, double lat, double edgeAzimuth, double distance, double gap) {
    GeodesicData onEdge = Geodesic.WGS84.Direct(lat, lon, edgeAzimuth, distance);
    double out = onEdge.azi2 + 90;
    GeodesicData inner = Geodesic.WGS84.Direct(onEdge.lat2, onEdge.lon2, out, gap);
    GeodesicData outer = Geodesic.WGS84.Direct(onEdge.lat2, onEdge.lon2, out, gap + 4);
    return ring(crs,
        Geodesic.WGS84.Direct(inner.lat2, inner.lon2, onEdge.azi2, -2),
        Geodesic.WGS84.Direct(inner.lat2, inner.lon2, onEdge.azi2, 2),
        Geodesic.WGS84.Direct(outer.lat2, outer.lon2, onEdge.azi2, 2),
        Geodesic.WGS84.Direct(outer.lat2, outer.lon2, onEdge.azi2, -2));
  }

  private static Polygon ring(Crs crs, GeodesicData... corners) {
    Coordinate[] ring = new Coordinate[corners.length + 1];
    for (int i = 0; i < corners.length; i++) {
      double[] xy = crs.fromLonLat(corners[i].lon2, corners[i].lat2);
      ring[i] = new Coordinate(xy[0], xy[1]);
    }
    ring[corners.length] = ring[0];
    Polygon p = GEOMETRY.createPolygon(ring);
    return p.isValid() ? p : (Polygon) p.reverse();
  }

  private static Map.Entry<String, Polygon> square(String id, double[] centre, double half) {
    return zone(id, GEOMETRY.createPolygon(new Coordinate[] {
        new Coordinate(centre[0] - half, centre[1] - half), new Coordinate(centre[0] + half, centre[1] - half),
        new Coordinate(centre[0] + half, centre[1] + half), new Coordinate(centre[0] - half, centre[1] + half),
        new Coordinate(centre[0] - half, centre[1] - half)}));
  }

  private static Map.Entry<String, Polygon> zone(String id, Polygon area) {
    return Map.entry(id, area);
  }

  @SafeVarargs
  private static List<Finding> check(Crs crs, double[] camera, double heading, double hfov, double range,
      Map.Entry<String, Polygon>... zones) {
    Map<String, Object> cam = new LinkedHashMap<>();
    cam.put("camera_id", "C1");
    cam.put("site_id", "S");
    cam.put("heading", heading);
    cam.put("hfov", hfov);
    cam.put("range_m", range);
    RawLayer cameras = new RawLayer("cameras", "cameras.csv", crs, cam.keySet(),
        List.of(new RawFeature(1, cam, GEOMETRY.createPoint(new Coordinate(camera[0], camera[1])))), List.of());
    List<RawFeature> zoneFeatures = new ArrayList<>();
    for (Map.Entry<String, Polygon> z : zones) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("zone_id", z.getKey());
      attributes.put("site_id", "S");
      attributes.put("rule", "forbidden");
      attributes.put("item", "9.3");
      zoneFeatures.add(new RawFeature(zoneFeatures.size() + 1, attributes, z.getValue()));
    }
    RawLayer zoneLayer = new RawLayer("zones", "zones.csv", crs, Set.of("zone_id", "site_id", "rule", "item"),
        zoneFeatures, List.of());
    Survey survey = SurveyAssembler.assemble("grid", List.of(cameras, zoneLayer), Statute.of(Language.ZH));
    return Checker.check(survey, CheckOptions.defaults()).findings();
  }

  private static List<String> forbiddenViews(List<Finding> findings) {
    return findings.stream().filter(f -> f.code() == FindingCode.ART9_FORBIDDEN_VIEW).map(Finding::zoneId).toList();
  }
}
