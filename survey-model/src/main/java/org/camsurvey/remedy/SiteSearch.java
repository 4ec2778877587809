package org.camsurvey.remedy;

import static org.camsurvey.remedy.CameraChange.turn;
import static org.camsurvey.remedy.CameraChange.value;
import static org.camsurvey.remedy.CameraPlaces.bearing;
import static org.camsurvey.remedy.CameraPlaces.bearings;
import static org.camsurvey.remedy.CameraPlaces.places;
import static org.camsurvey.remedy.CameraPlaces.within;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Zone;
import org.camsurvey.remedy.Obligations.Intrusion;
import org.camsurvey.remedy.Obligations.Mandate;
import org.camsurvey.remedy.Remedy.Action;
import org.camsurvey.remedy.Remedy.Cleared;
import org.camsurvey.remedy.Remedy.CoverChange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The search for one site: first each camera that sees a forbidden zone is turned, narrowed or
 * shortened by the least that clears it; then each mandated zone short of its cover gets the
 * site's cameras re-aimed, greedily, and new cameras where that is not enough. No step may make
 * a camera see a forbidden zone, nor lower a mandated zone below its floor (its required cover,
 * or its present cover where that is already short).
 */
final class SiteSearch {
  /** Cover above a zone's floor by less than this does not count as above it (files round). */
  private static final double COVER_MARGIN = 1e-7;
  /** A share of a zone's area below which a part seen is rounding, as in {@code ZoneCoverage}. */
  private static final double NEAR_LIMIT = 1e-9;
  /** Re-aiming tries headings this far apart first, then the 0.5° steps around the best. */
  static final double COARSE_STEP = 2;
  /** The most new cameras one zone gets. */
  private static final int MAX_NEW_CAMERAS = 16;

  private final Sight sight;
  private final RemedyOptions options;
  private final Site site;
  private final List<Obstacle> walls;
  private final List<Intrusion> intrusions;
  private final List<Mandate> mandates;
  private final List<Camera> surveyed;
  private final List<Camera> cameras;
  private final List<List<Geometry>> parts;
  private final double[] cover;
  private final double[] floor;
  private final Set<Integer> stuck = new TreeSet<>();
  private final List<Remedy> remedies = new ArrayList<>();

  /** A camera's place and heading as they would be, and what the site's zones would then be seen. */
  private record Trial(Camera camera, Geometry[] parts, double[] cover, double coveredArea) {}

  SiteSearch(Sight sight, RemedyOptions options, Site site, List<Camera> cameras, List<Obstacle> walls,
      List<Intrusion> intrusions, List<Mandate> mandates) {
    this.sight = sight;
    this.options = options;
    this.site = site;
    this.walls = walls;
    this.intrusions = intrusions;
    this.mandates = mandates;
    this.surveyed = List.copyOf(cameras);
    this.cameras = new ArrayList<>(cameras);
    this.parts = new ArrayList<>();
    this.cover = new double[mandates.size()];
    this.floor = new double[mandates.size()];
    List<Geometry> views = cameras.stream().map(sight::covering).toList();
    for (int z = 0; z < mandates.size(); z++) {
      List<Geometry> seen = new ArrayList<>();
      for (Geometry view : views) {
        seen.add(part(z, view));
      }
      parts.add(seen);
      cover[z] = mandates.get(z).present();
      floor[z] = Math.min(mandates.get(z).required(), cover[z]);
    }
  }

  /** The cameras as the search leaves them: the site's own in order, then the new ones. */
  List<Camera> cameras() {
    return cameras;
  }

  List<Remedy> run() {
    for (int i = 0; i < surveyed.size(); i++) {
      String id = surveyed.get(i).cameraId();
      List<Intrusion> seen = intrusions.stream().filter(x -> x.finding().cameraId().equals(id)).toList();
      if (!seen.isEmpty()) {
        clear(i, seen);
      }
    }
    for (int z = 0; z < mandates.size(); z++) {
      if (!reached(z)) {
        cover(z);
      }
    }
    return remedies;
  }

  private void clear(int i, List<Intrusion> seen) {
    Camera before = cameras.get(i);
    List<Cleared> cleared = seen.stream().map(x -> new Cleared(x.finding().code().name(), x.finding().zoneId())).toList();
    Trial found = seen.stream().anyMatch(Intrusion::inside) ? null : turned(i);
    Action action = Action.HEADING;
    if (found == null && !seen.stream().anyMatch(Intrusion::inside) && !options.keepAngle()) {
      found = narrowed(i);
      action = Action.ANGLE;
    }
    if (found == null && !seen.stream().anyMatch(Intrusion::inside) && !options.keepRange()) {
      found = shortened(i);
      action = Action.RANGE;
    }
    if (found == null) {
      stuck.add(i);
      Set<Remedy.Order> articles = new LinkedHashSet<>();
      seen.forEach(x -> articles.addAll(RemedyLaw.orders(x.finding())));
      remedies.add(new Remedy(site.siteId(), before.cameraId(), null, Action.REMOVE_OR_RELOCATE, null, null, cleared,
          List.of(), List.copyOf(articles), before));
      return;
    }
    double from = value(action, before);
    List<CoverChange> changes = apply(i, found);
    remedies.add(new Remedy(site.siteId(), before.cameraId(), null, action, from, value(action, found.camera()), cleared,
        changes, List.of(), found.camera()));
  }

  /** The least turn, either way, in 0.5° steps up to the largest allowed; the larger cover between equal turns. */
  private Trial turned(int i) {
    Camera c = cameras.get(i);
    if (c.isAllRound()) {
      return null;
    }
    int steps = (int) Math.floor(options.maxTurnDegrees() / RemedyOptions.STEP + 1e-9);
    for (int k = 1; k <= steps; k++) {
      double turn = k * RemedyOptions.STEP;
      Trial best = trial(i, CameraChange.heading(c, c.headingDegrees() + turn));
      if (turn < 180) {
        best = larger(best, trial(i, CameraChange.heading(c, c.headingDegrees() - turn)));
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private Trial narrowed(int i) {
    Camera c = cameras.get(i);
    for (int k = 1; c.hfovDegrees() - k * RemedyOptions.STEP > 0; k++) {
      Trial t = trial(i, CameraChange.angle(c, c.hfovDegrees() - k * RemedyOptions.STEP));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private Trial shortened(int i) {
    Camera c = cameras.get(i);
    for (int k = 1; c.rangeMetres() - k * RemedyOptions.STEP > 0; k++) {
      Trial t = trial(i, CameraChange.range(c, c.rangeMetres() - k * RemedyOptions.STEP));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static Trial larger(Trial a, Trial b) {
    if (a == null) {
      return b;
    }
    return b == null || a.coveredArea() >= b.coveredArea() ? a : b;
  }

  private void cover(int z) {
    Mandate mandate = mandates.get(z);
    double before = cover[z];
    while (!reached(z)) {
      Trial best = null;
      int moved = -1;
      for (int j = 0; j < cameras.size(); j++) {
        Trial t = reaimed(j, z);
        if (t != null && better(t, best, z, j, moved)) {
          best = t;
          moved = j;
        }
      }
      if (best == null || best.cover()[z] - cover[z] <= NEAR_LIMIT) {
        break;
      }
      Camera was = cameras.get(moved);
      List<CoverChange> changes = apply(moved, best);
      remedies.add(new Remedy(site.siteId(), was.cameraId(), null, Action.HEADING, was.headingDegrees(),
          best.camera().headingDegrees(), clearedIfReached(z), changes, List.of(), best.camera()));
    }
    int added = 0;
    while (!reached(z) && options.newCameras() && added < MAX_NEW_CAMERAS) {
      Trial best = newCamera(z);
      if (best == null || best.cover()[z] - cover[z] <= NEAR_LIMIT) {
        break;
      }
      List<CoverChange> changes = apply(cameras.size(), best);
      added++;
      remedies.add(new Remedy(site.siteId(), best.camera().cameraId(), null, Action.NEW_CAMERA, null,
          best.camera().headingDegrees(), clearedIfReached(z), changes, List.of(), best.camera()));
    }
    if (!reached(z)) {
      Zone zone = mandate.zone();
      remedies.add(new Remedy(site.siteId(), null, zone.zoneId(), Action.ZONE_SHORT, null, null, clearedIfShort(z),
          List.of(new CoverChange(zone.zoneId(), before, cover[z])),
          orders(mandate), null));
    }
  }

  /** Between re-aims: the larger gain for the zone, then the smaller turn, then the larger cover overall. */
  private boolean better(Trial t, Trial best, int z, int j, int bestIndex) {
    if (best == null) {
      return true;
    }
    double gain = t.cover()[z] - best.cover()[z];
    if (Math.abs(gain) > NEAR_LIMIT) {
      return gain > 0;
    }
    double turn = turn(cameras.get(j), t.camera());
    double bestTurn = turn(cameras.get(bestIndex), best.camera());
    if (turn != bestTurn) {
      return turn < bestTurn;
    }
    return t.coveredArea() > best.coveredArea();
  }

  private List<Cleared> clearedIfReached(int z) {
    return reached(z) ? clearedIfShort(z) : List.of();
  }

  /** For a zone left short: the findings (one per law that mandates it) more cameras, or cameras moved, would clear. */
  private List<Cleared> clearedIfShort(int z) {
    return mandates.get(z).findings().stream().map(f -> new Cleared(f.code().name(), f.zoneId())).toList();
  }

  private static List<Remedy.Order> orders(Mandate mandate) {
    Set<Remedy.Order> orders = new LinkedHashSet<>();
    mandate.findings().forEach(f -> orders.addAll(RemedyLaw.orders(f)));
    return List.copyOf(orders);
  }

  /** Camera j's best heading for zone z within its allowed turn: 2° steps over the bearings that reach the zone, then 0.5°. */
  private Trial reaimed(int j, int z) {
    if (stuck.contains(j) || j >= surveyed.size()) {
      return null;
    }
    Camera c = cameras.get(j);
    Geometry area = mandates.get(z).zone().area();
    if (c.isAllRound() || area.distance(c.location()) >= c.rangeMetres()) {
      return null;
    }
    double origin = surveyed.get(j).headingDegrees();
    double[] window = bearings(c.location().getCoordinate(), area, c.hfovDegrees());
    Trial best = null;
    double bestTurn = 0;
    int coarse = (int) Math.floor(options.maxTurnDegrees() / COARSE_STEP + 1e-9);
    for (int k = -coarse; k <= coarse; k++) {
      double turn = k * COARSE_STEP;
      if (Math.abs(turn) >= 180 && turn < 0 || k == 0 && c.headingDegrees() == origin) {
        continue;
      }
      double heading = origin + turn;
      if (window != null && !within(heading, window)) {
        continue;
      }
      Trial t = trial(j, CameraChange.heading(c, heading));
      if (t != null && (best == null || t.cover()[z] > best.cover()[z] + NEAR_LIMIT)) {
        best = t;
        bestTurn = turn;
      }
    }
    if (best == null) {
      return null;
    }
    int fine = (int) Math.round(COARSE_STEP / RemedyOptions.STEP);
    for (int k = -fine + 1; k < fine; k++) {
      double turn = bestTurn + k * RemedyOptions.STEP;
      if (k == 0 || Math.abs(turn) > options.maxTurnDegrees()) {
        continue;
      }
      Trial t = trial(j, CameraChange.heading(c, origin + turn));
      if (t != null && t.cover()[z] > best.cover()[z] + NEAR_LIMIT) {
        best = t;
      }
    }
    return best.cover()[z] > cover[z] + NEAR_LIMIT ? best : null;
  }

  /** The best new camera for zone z: on the zone's edge or the site's walls, aimed at what is left unseen. */
  private Trial newCamera(int z) {
    Geometry area = mandates.get(z).zone().area();
    Geometry unseen = unseen(z);
    Coordinate target = (unseen.isEmpty() ? area : unseen).getInteriorPoint().getCoordinate();
    Coordinate middle = area.getInteriorPoint().getCoordinate();
    Camera template = template();
    Trial best = null;
    for (Coordinate place : places(area, template.rangeMetres(), walls)) {
      Camera at = CameraChange.placed(template, sight.frame().geometryFactory().createPoint(place), 0);
      if (sight.standsInForbidden(at)) {
        continue;
      }
      for (Coordinate aim : new Coordinate[] {target, middle}) {
        if (aim.distance(place) < 1e-6) {
          continue;
        }
        double toward = bearing(place, aim);
        for (double offset : new double[] {0, -template.hfovDegrees() / 4, template.hfovDegrees() / 4}) {
          double heading = Math.round((toward + offset) / RemedyOptions.STEP) * RemedyOptions.STEP;
          Trial t = trial(cameras.size(), CameraChange.placed(template, at.location(), heading));
          if (t != null && (best == null || t.cover()[z] > best.cover()[z] + NEAR_LIMIT
              || t.cover()[z] > best.cover()[z] - NEAR_LIMIT && t.coveredArea() > best.coveredArea())) {
            best = t;
          }
        }
      }
    }
    return best;
  }

  private Geometry unseen(int z) {
    Geometry area = mandates.get(z).zone().area();
    List<Geometry> seen = parts.get(z).stream().filter(p -> p != null).toList();
    if (seen.isEmpty()) {
      return area;
    }
    return OverlayNGRobust.overlay(area, OverlayNGRobust.union(seen), OverlayNG.DIFFERENCE);
  }

  /** A new camera for this site with the optics the options give, before it is placed. */
  private Camera template() {
    Set<String> taken = new TreeSet<>(cameras.stream().map(Camera::cameraId).toList());
    int n = 1;
    while (taken.contains("new-" + n)) {
      n++;
    }
    String operator = site.operator() != null ? site.operator()
        : surveyed.stream().map(Camera::operator).filter(o -> o != null).findFirst().orElse(null);
    Double resolution = options.field("res_h");
    Double retention = options.field("retention");
    return new Camera("new-" + n, site.siteId(), sight.frame().geometryFactory().createPoint(new Coordinate(0, 0)), 0,
        options.hfovDegrees(), options.rangeMetres(), resolution == null ? null : (int) Math.round(resolution),
        options.field("height_m"), options.field("tilt"), options.field("vfov"), null, null,
        retention == null ? null : (int) Math.round(retention), null, null, null, operator, null, Boolean.TRUE, null);
  }

  /**
   * The site's zones as they would be seen with camera i (i = the count of cameras: a new one)
   * replaced by the candidate; null where the candidate would see a forbidden zone or lower a zone
   * below its floor.
   */
  private Trial trial(int i, Camera candidate) {
    if (sight.intrudes(candidate)) {
      return null;
    }
    Geometry view = sight.covering(candidate);
    Geometry[] seen = new Geometry[mandates.size()];
    double[] share = new double[mandates.size()];
    double covered = 0;
    for (int z = 0; z < mandates.size(); z++) {
      Geometry was = i < cameras.size() ? parts.get(z).get(i) : null;
      seen[z] = part(z, view);
      share[z] = was == null && seen[z] == null ? cover[z] : coverWith(z, i, seen[z]);
      if (share[z] < cover[z] - NEAR_LIMIT * NEAR_LIMIT && share[z] < floor[z] + COVER_MARGIN && share[z] < 1) {
        return null;
      }
      covered += share[z] * mandates.get(z).zone().area().getArea();
    }
    return new Trial(candidate, seen, share, covered);
  }

  private List<CoverChange> apply(int i, Trial t) {
    List<CoverChange> changes = new ArrayList<>();
    if (i == cameras.size()) {
      cameras.add(t.camera());
      parts.forEach(p -> p.add(null));
    } else {
      cameras.set(i, t.camera());
    }
    for (int z = 0; z < mandates.size(); z++) {
      parts.get(z).set(i, t.parts()[z]);
      if (Math.abs(t.cover()[z] - cover[z]) > NEAR_LIMIT) {
        changes.add(new CoverChange(mandates.get(z).zone().zoneId(), cover[z], t.cover()[z]));
      }
      cover[z] = t.cover()[z];
      // a zone brought up is held there: a later change for another zone may not take it back
      floor[z] = Math.max(floor[z], Math.min(mandates.get(z).required(), cover[z]));
    }
    return changes;
  }

  /** Whether zone z has its cover, by more than files round away. */
  private boolean reached(int z) {
    double required = mandates.get(z).required();
    return cover[z] >= 1 || cover[z] >= required + COVER_MARGIN || required == 0;
  }

  /** What a view sees of zone z, or null for nothing above rounding. */
  private Geometry part(int z, Geometry view) {
    Geometry area = mandates.get(z).zone().area();
    if (view.isEmpty() || !view.getEnvelopeInternal().intersects(area.getEnvelopeInternal())) {
      return null;
    }
    Geometry seen = OverlayNGRobust.overlay(view, area, OverlayNG.INTERSECTION);
    if (!(seen instanceof org.locationtech.jts.geom.Polygonal)) {
      seen = seen.getFactory().buildGeometry(PolygonExtracter.getPolygons(seen));
    }
    return seen.getArea() <= area.getArea() * NEAR_LIMIT ? null : seen;
  }

  /** Zone z's cover with camera i's part replaced (or a new camera's added). */
  private double coverWith(int z, int i, Geometry replacement) {
    List<Geometry> seen = new ArrayList<>();
    List<Geometry> now = parts.get(z);
    for (int j = 0; j < now.size(); j++) {
      Geometry p = j == i ? replacement : now.get(j);
      if (p != null) {
        seen.add(p);
      }
    }
    if (i == now.size() && replacement != null) {
      seen.add(replacement);
    }
    if (seen.isEmpty()) {
      return 0;
    }
    double area = mandates.get(z).zone().area().getArea();
    double share = (seen.size() == 1 ? seen.get(0).getArea() : OverlayNGRobust.union(seen).getArea()) / area;
    return share >= 1 - NEAR_LIMIT ? 1 : Math.min(1, share);
  }
}
