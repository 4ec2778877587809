package org.camsurvey.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.locationtech.jts.geom.Coordinate;

/**
 * Whether a survey read from another container is the sample: same layers, same camera records,
 * positions within 1 cm, zone and site areas within 0.01 m², same names.
 */
final class SameSurvey {
  private SameSurvey() {}

  static void check(Survey survey, Survey expected) {
    assertThat(survey.layers()).containsExactlyInAnyOrder("cameras", "zones", "sites");
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
    for (Site want : expected.sites()) {
      Site got = sites.get(want.siteId());
      assertThat(Arrays.asList(got.name(), got.address(), got.operator()))
          .containsExactly(want.name(), want.address(), want.operator());
      assertThat(got.boundary().getArea()).isCloseTo(want.boundary().getArea(), within(0.01));
    }
    assertThat(sites.get("JFB-WC").name()).isEqualTo("民权路公共厕所");
  }

  private static Coordinate inFrameOf(Survey expected, Survey survey, Coordinate frameCoordinate) {
    double[] lonLat = survey.frame().toLonLat(frameCoordinate.x, frameCoordinate.y);
    return expected.frame().fromLonLat(lonLat[0], lonLat[1]);
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity()));
  }
}
