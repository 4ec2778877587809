package org.camsurvey.remedy;

import static org.camsurvey.fixture.FrameShapes.FRAME;
import static org.camsurvey.fixture.FrameShapes.geometry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.LawId;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.locationtech.jts.geom.Coordinate;

/** Small surveys for the remedy search, in frame metres around Jiefangbei; cameras of site S1 unless said. */
final class RemedyFixture {
  private final List<Camera> cameras = new ArrayList<>();
  private final List<Zone> zones = new ArrayList<>();
  private final List<Obstacle> obstacles = new ArrayList<>();

  static RemedyFixture survey() {
    return new RemedyFixture();
  }

  RemedyFixture camera(String id, double x, double y, double heading, double hfov, double range) {
    return camera("S1", id, x, y, heading, hfov, range);
  }

  RemedyFixture camera(String site, String id, double x, double y, double heading, double hfov, double range) {
    cameras.add(new Camera(id, site, FRAME.geometryFactory().createPoint(new Coordinate(x, y)), heading, hfov, range,
        null, null, null, null, CameraType.FIXED, true, 30, true, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1),
        "unit", new SourceRef("cameras.geojson", "cameras", cameras.size() + 1, id)));
    return this;
  }

  /** A camera whose survey says whether the classified unit nearby consented (the regulation's Art. 10). */
  RemedyFixture camera(String id, double x, double y, double heading, double hfov, double range, Boolean consent) {
    cameras.add(new Camera(id, "S1", FRAME.geometryFactory().createPoint(new Coordinate(x, y)), heading, hfov, range,
        null, null, null, null, CameraType.FIXED, true, 30, true, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1),
        "unit", consent, null, new SourceRef("cameras.geojson", "cameras", cameras.size() + 1, id)));
    return this;
  }

  /** A transport hub: mandated by the measures (Art. 8(6)) and the regulation (Art. 7(2)(二)) alike. */
  RemedyFixture hub(String id, Double minCover, String wkt) {
    return zone("S1", id, ZoneRule.MANDATED, new ArticleItem(8, 6), minCover, wkt);
  }

  /** A zone near a classified unit: the regulation wants consent to see it (Art. 10); the measures do not know it. */
  RemedyFixture sensitive(String id, String wkt) {
    return zone("S1", id, ZoneRule.SENSITIVE, null, null, wkt);
  }

  RemedyFixture forbidden(String id, String wkt) {
    return zone("S1", id, ZoneRule.FORBIDDEN, new ArticleItem(9, 2), null, wkt);
  }

  RemedyFixture mandated(String id, Double minCover, String wkt) {
    return zone("S1", id, ZoneRule.MANDATED, new ArticleItem(8, 1), minCover, wkt);
  }

  RemedyFixture zone(String site, String id, ZoneRule rule, ArticleItem item, Double minCover, String wkt) {
    zones.add(new Zone(id, site, rule, item, null, minCover, geometry(wkt),
        new SourceRef("zones.geojson", "zones", zones.size() + 1, id)));
    return this;
  }

  RemedyFixture wall(String site, String wkt) {
    obstacles.add(new Obstacle("O" + (obstacles.size() + 1), site, "wall", geometry(wkt),
        new SourceRef("obstacles.geojson", "obstacles", obstacles.size() + 1, null)));
    return this;
  }

  Survey build() {
    Set<String> siteIds = new LinkedHashSet<>();
    cameras.forEach(c -> siteIds.add(c.siteId()));
    zones.forEach(z -> siteIds.add(z.siteId()));
    List<Site> sites = siteIds.stream().map(id -> new Site(id, null, null, null, null)).toList();
    return new Survey("fixture", Set.of("cameras", "zones", "obstacles"), FRAME, sites, cameras, zones, obstacles,
        List.of(), Set.of("camera_id", "site_id", "heading", "hfov", "range_m", "cam_type", "signage", "retention",
            "runs_24h", "installed", "filed", "operator"), List.of());
  }

  CheckResult check() {
    return check(List.of(LawId.CQ2009));
  }

  CheckResult check(List<LawId> laws) {
    return Checker.check(build(), options(laws));
  }

  static CheckOptions options(List<LawId> laws) {
    CheckOptions d = CheckOptions.defaults();
    return new CheckOptions(d.minCover(), d.quality(), laws, d.date());
  }

  RemedyPlan fix(RemedyOptions options) {
    return fix(options, List.of(LawId.CQ2009));
  }

  RemedyPlan fix(RemedyOptions options, List<LawId> laws) {
    return RemedySearch.search(check(laws), RemedyLaw.of(laws), options);
  }

  RemedyPlan fix() {
    return fix(RemedyOptions.defaults());
  }
}
