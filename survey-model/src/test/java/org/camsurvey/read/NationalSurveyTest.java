package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camsurvey.read.Fixtures.utf8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.read.shapefile.ShapefileReader;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyAssembler;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.write.GeoPackageWriterTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * Surveys as large as a country: China spans 73°E–135°E, and every area a check reports is the
 * ellipsoid's (GeographicLib's {@code PolygonArea}) to 0.01 % or 0.01 m², wherever the zone lies
 * and whatever its size.
 */
class NationalSurveyTest {
  private static final Statute STATUTE = Statute.of(Language.ZH);

  /** A regular polygon of a given area round a place, as WKT in longitude and latitude. */
  private record Disc(double lon, double lat, double areaM2, int vertices) {
    List<double[]> ring() {
      double radius = Math.sqrt(2 * areaM2 / (vertices * Math.sin(2 * Math.PI / vertices)));
      List<double[]> ring = new ArrayList<>();
      for (int i = 0; i < vertices; i++) {
        GeodesicData p = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / vertices, radius);
        ring.add(new double[] {p.lon2, p.lat2});
      }
      return ring;
    }

    String wkt() {
      StringBuilder b = new StringBuilder("POLYGON ((");
      List<double[]> ring = ring();
      ring.add(ring.get(0));
      for (double[] p : ring) {
        b.append(b.length() > 10 ? ", " : "").append(p[0]).append(' ').append(p[1]);
      }
      return b.append("))").toString();
    }

    double ellipsoidArea() {
      PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
      ring().forEach(p -> area.AddPoint(p[1], p[0]));
      return Math.abs(area.Compute(false, true).area);
    }
  }

  private static RawLayer csv(String layer, String text) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, ImportOptions.defaults());
  }

  /** A camera looking north, and a zone 20 m ahead of it. */
  private static String cameraAt(String id, String site, double lon, double lat) {
    return id + "," + site + "," + lon + "," + lat + ",0,90,30\n";
  }

  private static Disc aheadOf(double lon, double lat, double areaM2) {
    GeodesicData ahead = Geodesic.WGS84.Direct(lat, lon, 0, 20);
    return new Disc(ahead.lon2, ahead.lat2, areaM2, 16);
  }

  @Test
  void aSurveyOfChinaFromFuyuanToKashgarReadsAndMeasuresOnTheEllipsoid() {
    // cameras in the far east (Fuyuan, 134.3°E) and in Chongqing; zones in the far west too
    Disc kashgarPrefecture = new Disc(76.0, 39.5, 1e11, 2000);
    Disc fuyuanRoom = aheadOf(134.3, 48.36, 1);
    Disc chongqingHall = aheadOf(106.577, 29.558, 100);
    RawLayer cameras = csv("cameras", "camera_id,site_id,lon,lat,heading,hfov,range_m\n"
        + cameraAt("F1", "FUYUAN", 134.3, 48.36) + cameraAt("C1", "CQ", 106.577, 29.558));
    RawLayer zones = csv("zones", "zone_id,site_id,rule,item,wkt\n"
        + "Z-KS,KASHGAR,mandated,8.1,\"" + kashgarPrefecture.wkt() + "\"\n"
        + "Z-FY,FUYUAN,forbidden,9.1,\"" + fuyuanRoom.wkt() + "\"\n"
        + "Z-CQ,CQ,forbidden,9.1,\"" + chongqingHall.wkt() + "\"\n");

    Survey survey = SurveyAssembler.assemble("china", List.of(cameras, zones), STATUTE);
    List<Finding> findings = Checker.check(survey, CheckOptions.defaults()).findings();

    assertThat(survey.frame().centralLongitude()).as("centred on everything, not on the cameras alone")
        .isCloseTo(104.6, within(0.5));
    Finding uncovered = only(findings, FindingCode.ART8_UNCOVERED, "Z-KS");
    assertThat((double) uncovered.figures().get("zone_area_m2"))
        .isCloseTo(kashgarPrefecture.ellipsoidArea(), within(1e-4 * kashgarPrefecture.ellipsoidArea()));
    assertThat((double) uncovered.figures().get("uncovered_m2"))
        .isCloseTo(kashgarPrefecture.ellipsoidArea(), within(1e-4 * kashgarPrefecture.ellipsoidArea()));
    assertThat((double) only(findings, FindingCode.ART9_FORBIDDEN_VIEW, "Z-FY").figures().get("overlap_m2"))
        .isCloseTo(fuyuanRoom.ellipsoidArea(), within(0.01));
    assertThat((double) only(findings, FindingCode.ART9_FORBIDDEN_VIEW, "Z-CQ").figures().get("overlap_m2"))
        .isCloseTo(chongqingHall.ellipsoidArea(), within(0.01));
  }

  @Test
  void aZonePartlySeenFarFromTheFramesCentreHasItsShareOnTheGround() {
    // a 40 km square zone in Kashgar, a camera of 20 km range at its middle looking north: half
    // seen, in a frame centred 30° east where the frame's scale varies 0.3 % across the zone
    Disc zone = new Disc(76.0, 39.5, 1.6e9, 4);
    RawLayer cameras = csv("cameras", "camera_id,site_id,lon,lat,heading,hfov,range_m\n"
        + "K1,KS,76.0,39.5,0,360,1000\n" + cameraAt("C1", "CQ", 106.577, 29.558) + cameraAt("C2", "CQ", 135, 48));
    RawLayer zones = csv("zones", "zone_id,site_id,rule,item,min_cover,wkt\n"
        + "Z-KS,KS,mandated,8.1,0.99,\"" + zone.wkt() + "\"\n");

    Survey survey = SurveyAssembler.assemble("china", List.of(cameras, zones), STATUTE);
    var result = Checker.check(survey, CheckOptions.defaults());

    double disc = new Disc(76.0, 39.5, Math.PI * 1e6, 720).ellipsoidArea();
    double share = result.coverage().get(0).coverage();
    assertThat(share).isCloseTo(disc / zone.ellipsoidArea(), within(1e-4 * share));
  }

  @Test
  void aDetailedDistrictOutlineOfAThousandKilometresIsNoTypo(@TempDir Path scratch) throws Exception {
    Path senate = Samples.repositoryRoot().resolve("../shared/testdata/shapefile-js-senate/senate.shp").normalize();
    assumeTrue(Files.exists(senate), "the third-party test data is not at " + senate);
    RawLayer districts = ShapefileReader.read(senate, "senate.shp", "zones", ImportOptions.defaults());
    RawFeature capeAndIslands = districts.features().get(19);
    assertThat(capeAndIslands.geometry().getLength()).as("its perimeter, metres").isGreaterThan(1_000_000);
    RawLayer zones = new RawLayer("zones", "senate.shp", districts.crs(), Set.of("zone_id", "rule", "item"),
        List.of(new RawFeature(20, Map.of("zone_id", "MA-20", "rule", "mandated", "item", "8.1"),
            capeAndIslands.geometry())), List.of());
    RawLayer cameras = csv("cameras", "camera_id,lon,lat,heading,hfov,range_m\nC1,-70.3,41.65,0,90,30\n");

    Survey survey = SurveyAssembler.assemble("senate", List.of(cameras, zones), STATUTE);

    Geometry district = survey.zones().get(0).area();
    assertThat(district.getNumPoints()).isGreaterThan(capeAndIslands.geometry().getNumPoints());
    assumeTrue(GeoPackageWriterTest.onPath("ogr2ogr"), "GDAL's ogr2ogr is not installed");
    double truth = ellipsoidArea(asGdalReprojectsIt(senate, 19, scratch));
    assertThat(survey.frame().groundArea(district)).isCloseTo(truth, within(1e-4 * truth));
  }

  /** The record's geometry in WGS 84 as GDAL reprojects it ({@code ogr2ogr -t_srs EPSG:4326}). */
  private static Geometry asGdalReprojectsIt(Path shp, int fid, Path scratch) throws Exception {
    Path out = scratch.resolve("record.geojson");
    Process ogr2ogr = new ProcessBuilder("ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", "-fid",
        Integer.toString(fid), "-lco", "COORDINATE_PRECISION=9", out.toString(), shp.toString())
        .redirectErrorStream(true).start();
    String log = new String(ogr2ogr.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ogr2ogr.waitFor()).as(log).isZero();
    return new GeoJsonReader().read("record.geojson", Files.readAllBytes(out), "zones", ImportOptions.defaults()).get(0)
        .features().get(0).geometry();
  }

  private static double ellipsoidArea(Geometry lonLat) {
    double area = 0;
    for (int i = 0; i < lonLat.getNumGeometries(); i++) {
      org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) lonLat.getGeometryN(i);
      area += ringArea(p.getExteriorRing());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        area -= ringArea(p.getInteriorRingN(h));
      }
    }
    return area;
  }

  private static double ringArea(org.locationtech.jts.geom.LineString ring) {
    PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
    for (int i = 0; i < ring.getNumPoints() - 1; i++) {
      polygon.AddPoint(ring.getCoordinateN(i).y, ring.getCoordinateN(i).x);
    }
    return Math.abs(polygon.Compute(false, true).area);
  }

  private static Finding only(List<Finding> findings, FindingCode code, String zoneId) {
    List<Finding> matching = findings.stream().filter(f -> f.code() == code && zoneId.equals(f.zoneId())).toList();
    assertThat(matching).as(code + " on " + zoneId).hasSize(1);
    return matching.get(0);
  }
}
