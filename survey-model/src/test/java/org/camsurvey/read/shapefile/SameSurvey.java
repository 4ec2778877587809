package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;

/**
 * Whether a survey read from another container is the sample: same layers, same camera records,
 * positions within 1 cm, zone and site areas within 0.01 m², same names, and the same obstacles
 * as lines (a shapefile holds one kind of shape, so a building comes back as its outline, which
 * blocks the same sight lines) with every vertex within 1 cm.
 */
final class SameSurvey {
  private SameSurvey() {}

  static void check(Survey survey, Survey expected) {
    assertThat(survey.layers()).containsExactlyInAnyOrderElementsOf(expected.layers());
    assertThat(survey.evidence()).map(e -> e.cameraId() + " " + e.photo())
        .containsExactlyElementsOf(expected.evidence().stream().map(e -> e.cameraId() + " " + e.photo()).toList());
    Map<String, Camera> cameras = byKey(survey.cameras(), c -> c.siteId() + "/" + c.cameraId());
    assertThat(cameras.keySet()).containsExactlyInAnyOrderElementsOf(
        byKey(expected.cameras(), c -> c.siteId() + "/" + c.cameraId()).keySet());
    for (Camera want : expected.cameras()) {
      Camera got = cameras.get(want.siteId() + "/" + want.cameraId());
      assertThat(got).usingRecursiveComparison().ignoringFields("location", "source").isEqualTo(want);
      Coordinate at = inFrameOf(expected, survey, got.location().getCoordinate());
      assertThat(at.distance(want.location().getCoordinate())).as(want.cameraId()).isLessThan(0.01);
    }
    Map<String, Zone> zones = byKey(survey.zones(), z -> z.siteId() + "/" + z.zoneId());
    assertThat(zones).hasSameSizeAs(expected.zones());
    for (Zone want : expected.zones()) {
      Zone got = zones.get(want.siteId() + "/" + want.zoneId());
      assertThat(got.name()).isEqualTo(want.name());
      assertThat(got.rule()).isEqualTo(want.rule());
      assertThat(got.item()).isEqualTo(want.item());
      assertThat(got.minCover()).isEqualTo(want.minCover());
      assertThat(got.area().getArea()).as(want.zoneId()).isCloseTo(want.area().getArea(), within(0.01));
    }
    Map<String, Site> sites = byKey(survey.sites(), Site::siteId);
    assertThat(sites.keySet()).containsExactlyInAnyOrderElementsOf(
        byKey(expected.sites(), Site::siteId).keySet());
    for (Site want : expected.sites()) {
      Site got = sites.get(want.siteId());
      assertThat(Arrays.asList(got.name(), got.address(), got.operator()))
          .containsExactly(want.name(), want.address(), want.operator());
      assertThat(got.boundary().getArea()).isCloseTo(want.boundary().getArea(), within(0.01));
    }
    assertThat(sites.get("JFB-WC").name()).isEqualTo("民权路公共厕所");
    Map<String, Obstacle> obstacles = byKey(survey.obstacles(), Obstacle::obstacleId);
    assertThat(obstacles.keySet()).containsExactlyInAnyOrderElementsOf(
        byKey(expected.obstacles(), Obstacle::obstacleId).keySet());
    for (Obstacle want : expected.obstacles()) {
      Obstacle got = obstacles.get(want.obstacleId());
      assertThat(Arrays.asList(got.siteId(), got.kind())).as(want.obstacleId())
          .containsExactly(want.siteId(), want.kind());
      assertThat(got.shape()).as(want.obstacleId()).isInstanceOf(Lineal.class);
      Geometry wantLines = want.shape() instanceof Polygonal ? want.shape().getBoundary() : want.shape();
      Coordinate[] wantVertices = wantLines.getCoordinates();
      Coordinate[] gotVertices = got.shape().getCoordinates();
      assertThat(gotVertices).as(want.obstacleId()).hasSameSizeAs(wantVertices);
      for (int i = 0; i < wantVertices.length; i++) {
        Coordinate at = inFrameOf(expected, survey, gotVertices[i]);
        assertThat(at.distance(wantVertices[i])).as(want.obstacleId() + " vertex " + i).isLessThan(0.01);
      }
    }
  }

  private static Coordinate inFrameOf(Survey expected, Survey survey, Coordinate frameCoordinate) {
    double[] lonLat = survey.frame().toLonLat(frameCoordinate.x, frameCoordinate.y);
    return expected.frame().fromLonLat(lonLat[0], lonLat[1]);
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity()));
  }
}
