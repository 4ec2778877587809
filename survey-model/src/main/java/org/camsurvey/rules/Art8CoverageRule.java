package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Art. 8 — places where installation is mandated: a mandated zone's area seen by its own site's
 * cameras at the required quality must reach its {@code min_cover} (default {@code
 * --min-cover}).
 *
 * <p>Only the zone's own site counts (Art. 11 ¶2 puts the duty on its owner or operator, and a
 * neighbour's camera can be moved or switched off without them); other sites' cameras that see
 * the zone are named in the finding as a note.
 */
public final class Art8CoverageRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    Survey survey = scene.survey();
    List<Camera> cameras = survey.cameras();
    STRtree views = new STRtree();
    for (int i = 0; i < cameras.size(); i++) {
      views.insert(scene.covering(i).getEnvelopeInternal(), i);
    }
    for (Zone zone : survey.zones()) {
      if (zone.rule() != ZoneRule.MANDATED) {
        continue;
      }
      PreparedGeometry area = PreparedGeometryFactory.prepare(zone.area());
      List<Geometry> seen = new ArrayList<>();
      List<String> coveredBy = new ArrayList<>();
      List<String> otherSites = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<Integer> candidates = views.query(zone.area().getEnvelopeInternal());
      candidates.sort(null);
      if (candidates.stream().anyMatch(i -> cameras.get(i).siteId().equals(zone.siteId())
          && CameraView.holdsWhole(scene.covering(i), cameras.get(i).hfovDegrees(), zone.area()))) {
        continue;
      }
      for (int i : candidates) {
        Polygon view = scene.covering(i);
        if (!area.intersects(view)) {
          continue;
        }
        Camera camera = cameras.get(i);
        Geometry part = OverlayNGRobust.overlay(view, zone.area(), OverlayNG.INTERSECTION);
        if (part.getArea() <= 0) {
          continue;
        }
        if (camera.siteId().equals(zone.siteId())) {
          seen.add(part);
          coveredBy.add(camera.cameraId());
        } else {
          otherSites.add(camera.siteId() + "/" + camera.cameraId());
        }
      }
      Geometry union = seen.isEmpty() ? zone.area().getFactory().createPolygon() : OverlayNGRobust.union(seen);
      double zoneArea = zone.area().getArea();
      double coverage = Math.min(1, union.getArea() / zoneArea);
      double required = zone.minCover() != null ? zone.minCover() : scene.options().minCover();
      if (coverage < required) {
        Geometry uncovered = OverlayNGRobust.overlay(zone.area(), union, OverlayNG.DIFFERENCE);
        double shown = Figures.round(coverage, 3);
        if (shown >= required) {
          // 0.8996 rounds to 0.9: a zone short of its requirement must not read as meeting it
          shown = Figures.roundDown(coverage, 3);
        }
        Finding.Builder finding = Finding.of(FindingCode.ART8_UNCOVERED).zone(zone)
            .figure("coverage", shown)
            .figure("required", required)
            .figure("quality", scene.options().quality().code())
            .figure("zone_area_m2", Figures.round(Figures.groundArea(survey, zone.area()), 2))
            .figure("uncovered_m2", Figures.round(Figures.groundArea(survey, uncovered), 2));
        if (zone.name() != null) {
          finding.figure("zone_name", zone.name());
        }
        finding.figure("covered_by", List.copyOf(coveredBy));
        if (!otherSites.isEmpty()) {
          finding.figure("seen_by_other_sites", List.copyOf(otherSites));
        }
        findings.accept(finding.geometry(uncovered).build());
      }
    }
  }
}
