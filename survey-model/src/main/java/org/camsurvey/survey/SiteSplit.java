package org.camsurvey.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Camera;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A survey cut into one small survey per site, each holding what that site's check needs: its
 * cameras, its own zones, access log, checklist and import warnings, and the forbidden zones of
 * any site and the obstacles that its cameras could reach. {@code Checker.check} on each, in
 * site order, gives the findings of the whole survey in the same order, one site at a time.
 *
 * <p>One difference: a site's survey holds no other site's cameras, so Art. 8 findings never name
 * {@code seen_by_other_sites} (a note only: other sites' cameras never count towards coverage).
 *
 * <p>The split holds everything but the cameras, which are handed in site by site, so that a
 * caller can stream them. It is immutable once built: sites may be cut from several threads.
 */
public final class SiteSplit {
  /** Views are built by a local linear map of geodesic ranges; a margin past the frame's scale
   * keeps every wall and zone a view could meet among the candidates. */
  private static final double REACH_MARGIN = 1.01;
  /**
   * Less than the earth's least radius of curvature (the meridian's at the equator, 6 335 km):
   * the frame's scale at a distance x from its central meridian is then below cosh(x / R).
   */
  private static final double LEAST_RADIUS_METRES = 6_300_000;

  private final Survey survey;
  private final STRtree forbidden = new STRtree();
  private final STRtree obstacles = new STRtree();
  private final Map<Object, Integer> order = new IdentityHashMap<>();
  private final Map<String, Site> sites = new HashMap<>();
  private final Map<String, List<Zone>> zones = new HashMap<>();
  private final Map<String, List<AccessLogEntry>> accessLog = new HashMap<>();
  private final Map<String, List<ChecklistAnswer>> checklist = new HashMap<>();
  private final Map<String, List<EvidencePhoto>> evidence = new HashMap<>();
  private final Map<String, List<Finding>> warnings = new HashMap<>();
  private final List<Finding> surveyWarnings = new ArrayList<>();
  private final List<String> siteIds;

  private SiteSplit(Survey survey) {
    // Its name, frame and layers only: the cameras are not kept.
    this.survey = new Survey(survey.name(), survey.layers(), survey.frame(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), survey.cameraFields(), List.of());
    Set<String> ids = new TreeSet<>();
    for (Site site : survey.sites()) {
      sites.put(site.siteId(), site);
      ids.add(site.siteId());
    }
    List<Zone> allZones = survey.zones();
    for (int i = 0; i < allZones.size(); i++) {
      Zone zone = allZones.get(i);
      zones.computeIfAbsent(zone.siteId(), k -> new ArrayList<>()).add(zone);
      ids.add(zone.siteId());
      if (zone.rule() == ZoneRule.FORBIDDEN) {
        forbidden.insert(zone.area().getEnvelopeInternal(), zone);
        order.put(zone, i);
      }
    }
    List<Obstacle> allObstacles = survey.obstacles();
    for (int i = 0; i < allObstacles.size(); i++) {
      Obstacle obstacle = allObstacles.get(i);
      obstacles.insert(obstacle.shape().getEnvelopeInternal(), obstacle);
      order.put(obstacle, i);
    }
    for (AccessLogEntry entry : survey.accessLog()) {
      accessLog.computeIfAbsent(entry.siteId(), k -> new ArrayList<>()).add(entry);
      ids.add(entry.siteId());
    }
    for (ChecklistAnswer answer : survey.checklist()) {
      checklist.computeIfAbsent(answer.siteId(), k -> new ArrayList<>()).add(answer);
      ids.add(answer.siteId());
    }
    for (EvidencePhoto photo : survey.evidence()) {
      evidence.computeIfAbsent(photo.siteId(), k -> new ArrayList<>()).add(photo);
    }
    for (Finding warning : survey.importWarnings()) {
      if (warning.siteId() == null) {
        surveyWarnings.add(warning);
      } else {
        warnings.computeIfAbsent(warning.siteId(), k -> new ArrayList<>()).add(warning);
        ids.add(warning.siteId());
      }
    }
    // Built now, not on the first query: a built STRtree is only read, from any thread.
    forbidden.build();
    obstacles.build();
    siteIds = List.copyOf(ids);
  }

  /**
   * Splits a survey. Its cameras are not looked at: they are handed to {@link #site} site by
   * site (the cameras of a survey read whole can be grouped by {@link #camerasBySite}).
   */
  public static SiteSplit of(Survey survey) {
    return new SiteSplit(survey);
  }

  /** The cameras of a survey by site, each list in the survey's order. */
  public static Map<String, List<Camera>> camerasBySite(Survey survey) {
    Map<String, List<Camera>> bySite = new HashMap<>();
    for (Camera camera : survey.cameras()) {
      bySite.computeIfAbsent(camera.siteId(), k -> new ArrayList<>()).add(camera);
    }
    return bySite;
  }

  /**
   * The ids of every site something other than cameras refers to (listed sites, zones, access log,
   * checklist, warnings), in the order findings are sorted in.
   */
  public List<String> siteIds() {
    return siteIds;
  }

  /** A survey of no site holding the warnings about whole files and layers, which come first. */
  public Survey surveyWide() {
    return new Survey(survey.name(), survey.layers(), survey.frame(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), survey.cameraFields(), surveyWarnings);
  }

  /**
   * One site's survey.
   *
   * @param siteId the site
   * @param cameras the site's cameras, in the survey's order
   * @param cameraWarnings warnings raised while reading those cameras that the split does not hold
   */
  public Survey site(String siteId, List<Camera> cameras, List<Finding> cameraWarnings) {
    Objects.requireNonNull(siteId, "siteId");
    List<Zone> own = zones.getOrDefault(siteId, List.of());
    Set<Zone> near = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Obstacle> walls = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Camera camera : cameras) {
      Envelope reach = reach(camera);
      forbidden.query(reach, item -> {
        Zone zone = (Zone) item;
        if (!zone.siteId().equals(siteId)) {
          near.add(zone);
        }
      });
      obstacles.query(reach, item -> walls.add((Obstacle) item));
    }
    List<Zone> siteZones = new ArrayList<>(own);
    siteZones.addAll(inSurveyOrder(near));
    List<Finding> siteWarnings = new ArrayList<>(warnings.getOrDefault(siteId, List.of()));
    siteWarnings.addAll(cameraWarnings);
    Site site = sites.get(siteId);
    return new Survey(survey.name(), survey.layers(), survey.frame(),
        site == null ? List.of(new Site(siteId, null, null, null, null)) : List.of(site),
        cameras, siteZones, inSurveyOrder(walls), accessLog.getOrDefault(siteId, List.of()),
        checklist.getOrDefault(siteId, List.of()), evidence.getOrDefault(siteId, List.of()), survey.cameraFields(),
        siteWarnings);
  }

  /** The zones of a site's own (mandated and forbidden), not those borrowed from its neighbours. */
  public int zoneCount(String siteId) {
    return zones.getOrDefault(siteId, List.of()).size();
  }

  private <T> List<T> inSurveyOrder(Set<T> items) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(order::get));
    return sorted;
  }

  /**
   * Everything a camera could see: its range around it, in the frame's units there (bounded from
   * above rather than worked out, which would cost more than the rest of the cut).
   */
  private static Envelope reach(Camera camera) {
    Coordinate at = camera.location().getCoordinate();
    double scale = Math.cosh(at.x / LEAST_RADIUS_METRES);
    double r = camera.rangeMetres() * scale * REACH_MARGIN + 1;
    return new Envelope(at.x - r, at.x + r, at.y - r, at.y + r);
  }
}
