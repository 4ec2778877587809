package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.sf.geographiclib.Geodesic;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Figures;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Art. 10 — a camera's position, the direction it points and the reach of its lens are fixed:
 * each camera of the current survey is compared with the same camera (same site id and camera
 * id) of the survey filed with the public security organ, and a change beyond the tolerances is
 * an {@code ART10_*} deficiency (a move must also be reported, Art. 19(5)).
 *
 * <p>Art. 20(2) — changing them so as to collect private information is a violation: a changed
 * camera that now sees a forbidden zone its filed view did not is {@code ART20_REPURPOSED}, once
 * for each such zone. The filed view is the filed camera's, placed and built in the current
 * survey, past the current walls, so that the two views differ only by the camera's change.
 *
 * <p>Under the 2025 regulation a change is {@code CN13_VIEW_CHANGED}, and the same test marks the
 * regulation's own {@code CN8_*} finding of a zone the filed view did not take in ({@link #amends});
 * each filed view is built once for all laws.
 *
 * <p>Position is compared geodesically between the two WGS 84 positions, each taken out of its
 * own survey's frame, so the two surveys may come in different CRSs. A camera in only one survey
 * is reported as a {@code BASELINE_CAMERA_ADDED} or {@code BASELINE_CAMERA_REMOVED} warning:
 * it may be new or gone, or renumbered, which the comparison cannot tell.
 */
public final class Art10BaselineRule implements Rule {
  private final Survey baseline;
  private final BaselineTolerances tolerances;
  private final Map<String, Geometry> filedViews = new HashMap<>();
  private WallIndex filedViewsWalls;

  /**
   * @param baseline the survey as filed
   * @param tolerances how much change is not yet a change
   */
  public Art10BaselineRule(Survey baseline, BaselineTolerances tolerances) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
  }

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    if (scene.law() == LawId.CN2025) {
      viewChanged(scene.survey(), findings);
      return;
    }
    Survey current = scene.survey();
    Map<String, Camera> filed = filedCameras();
    List<Camera> cameras = current.cameras();
    for (int i = 0; i < cameras.size(); i++) {
      Camera now = cameras.get(i);
      Camera before = filed.get(key(now));
      if (before != null && changed(before, now, current)) {
        repurposed(scene, i, before, findings);
      }
    }
    compare(current, findings);
  }

  /**
   * The regulation's Art. 8(1) findings told against the filing (RULES-CN2025.md, {@code
   * CN13_VIEW_CHANGED}): a {@code CN8_*} finding of a camera changed beyond the tolerances, of a
   * zone its filed view neither saw nor stood in, carries {@code changed_since_filing}, tested as
   * {@code ART20_REPURPOSED} is and over the same filed views.
   */
  @Override
  public UnaryOperator<Finding> amends(Scene scene) {
    if (scene.law() != LawId.CN2025) {
      return UnaryOperator.identity();
    }
    Survey current = scene.survey();
    Map<String, Camera> filed = filedCameras();
    Map<String, Camera> cameras = new HashMap<>();
    current.cameras().forEach(camera -> cameras.put(key(camera), camera));
    return finding -> {
      if (finding.code() != FindingCode.CN8_FORBIDDEN_VIEW && finding.code() != FindingCode.CN8_INSIDE_FORBIDDEN) {
        return finding;
      }
      Camera now = cameras.get(finding.siteId() + "\u0000" + finding.cameraId());
      Camera before = now == null ? null : filed.get(key(now));
      if (before == null || !changed(before, now, current)) {
        return finding;
      }
      String zoneSite = finding.zoneSiteId() != null ? finding.zoneSiteId() : finding.siteId();
      Zone zone = current.zones().stream()
          .filter(z -> z.siteId().equals(zoneSite) && z.zoneId().equals(finding.zoneId())).findFirst().orElseThrow();
      Camera there = inCurrentFrame(before, current);
      if (seen(current, zone, there, filedView(scene, before)) > 0) {
        return finding;
      }
      Map<String, Object> figures = new LinkedHashMap<>(finding.figures());
      figures.put("changed_since_filing", true);
      return new Finding(finding.code(), finding.item(), finding.siteId(), finding.cameraId(), finding.zoneId(),
          finding.zoneSiteId(), figures, finding.shape(), finding.source(), finding.severity(),
          finding.consequence(), finding.party(), finding.law());
    };
  }

  /**
   * What the filed camera saw, placed in the current survey and cut by its walls: built once per
   * camera, whichever law asks first, and shared by every law's scene of the same check (the
   * scenes share one wall index).
   */
  private Geometry filedView(Scene scene, Camera before) {
    if (filedViewsWalls != scene.walls()) {
      filedViewsWalls = scene.walls();
      filedViews.clear();
    }
    return filedViews.computeIfAbsent(key(before), k -> CameraView.of(scene.survey().frame(),
        inCurrentFrame(before, scene.survey()), ImageQuality.DETECT, scene.walls()).shape());
  }

  /**
   * The 2025 regulation, Art. 13 — the managing unit sets a camera's position, angle and range as
   * public safety requires; it does not forbid a change as such. A camera changed beyond the
   * tolerances since it was filed is one {@code CN13_VIEW_CHANGED} deficiency naming what changed
   * ({@code changes}: moved, reaimed, fov_changed) with the measures' figures; cameras added or
   * removed are warned of under the regulation too, so that its findings stand on their own.
   */
  private void viewChanged(Survey current, Consumer<Finding> findings) {
    Map<String, Camera> filed = filedCameras();
    for (Camera now : current.cameras()) {
      Camera before = filed.get(key(now));
      if (before == null) {
        continue;
      }
      List<Finding> changes = new ArrayList<>();
      compare(before, now, current, changes::add);
      if (!changes.isEmpty()) {
        Finding.Builder finding = Finding.of(FindingCode.CN13_VIEW_CHANGED).camera(now)
            .figure("changes", changes.stream().map(f -> f.code().name().substring("ART10_".length())
                .toLowerCase(java.util.Locale.ROOT)).toList());
        changes.forEach(f -> f.figures().forEach(finding::figure));
        findings.accept(finding.build());
      }
    }
    compare(current, f -> findings.accept(f.code().law() == null ? relabelled(f) : f), true);
  }

  /** A baseline warning raised under the regulation. */
  private static Finding relabelled(Finding f) {
    return new Finding(f.code(), f.item(), f.siteId(), f.cameraId(), f.zoneId(), f.zoneSiteId(), f.figures(),
        f.shape(), f.source(), f.severity(), f.consequence(), f.party(), LawId.CN2025);
  }

  /**
   * Every forbidden zone the changed camera at {@code index} now stands in or sees, that the filed
   * camera neither stood in nor saw.
   */
  private void repurposed(Scene scene, int index, Camera filed, Consumer<Finding> findings) {
    Survey current = scene.survey();
    Camera now = current.cameras().get(index);
    Camera before = inCurrentFrame(filed, current);
    Geometry seenBefore = filedView(scene, filed);
    Geometry seenNow = scene.visible(index);
    for (Zone zone : current.zones()) {
      if (zone.rule() != ZoneRule.FORBIDDEN) {
        continue;
      }
      double now2 = seen(current, zone, now, seenNow);
      if (now2 > 0 && seen(current, zone, before, seenBefore) == 0) {
        Finding.Builder finding = Finding.of(FindingCode.ART20_REPURPOSED).camera(now).zone(zone).item("2");
        if (zone.name() != null) {
          finding.figure("zone_name", zone.name());
        }
        if (!Double.isInfinite(now2)) {
          finding.figure("overlap_m2", Figures.round(now2, 2));
        }
        findings.accept(finding.build());
      }
    }
  }

  /**
   * How much of a forbidden zone a camera sees, in m², as Art. 9 counts it: infinite for a camera
   * standing inside it, zero for {@value Art9PrivacyRule#MIN_OVERLAP_M2} m² or less.
   */
  private static double seen(Survey survey, Zone zone, Camera camera, Geometry view) {
    if (zone.area().contains(camera.location())) {
      return Double.POSITIVE_INFINITY;
    }
    if (view.isEmpty() || !zone.area().getEnvelopeInternal().intersects(view.getEnvelopeInternal())) {
      return 0;
    }
    double m2 = Figures.groundArea(survey, OverlayNGRobust.overlay(view, zone.area(), OverlayNG.INTERSECTION));
    return m2 > Art9PrivacyRule.MIN_OVERLAP_M2 ? m2 : 0;
  }

  /** The filed camera as it stood, placed in the current survey's frame. */
  private Camera inCurrentFrame(Camera before, Survey current) {
    double[] lonLat = lonLat(baseline, before.location());
    Point there = current.frame().geometryFactory().createPoint(current.frame().fromLonLat(lonLat[0], lonLat[1]));
    return new Camera(before.cameraId(), before.siteId(), there, before.headingDegrees(), before.hfovDegrees(),
        before.rangeMetres(), before.resolutionH(), before.heightMetres(), before.tiltDegrees(), before.vfovDegrees(),
        before.type(), before.signage(), before.retentionDays(), before.runs24h(), before.installed(), before.filed(),
        before.operator(), before.source());
  }

  /** Whether a camera changed beyond the tolerances since it was filed. */
  private boolean changed(Camera before, Camera now, Survey current) {
    boolean[] any = {false};
    compare(before, now, current, f -> any[0] = true);
    return any[0];
  }

  private Map<String, Camera> filedCameras() {
    Map<String, Camera> filed = new LinkedHashMap<>();
    for (Camera camera : baseline.cameras()) {
      filed.put(key(camera), camera);
    }
    return filed;
  }

  /**
   * The differences between the baseline and a current survey, sorted as {@link Checker} sorts
   * findings, without building any camera's view (so without {@code ART20_REPURPOSED}, which
   * needs the views: {@code check --baseline} gives it).
   */
  public CheckResult diff(Survey current) {
    return diff(current, List.of(LawId.CQ2009));
  }

  /**
   * The differences as each law names them: the measures' {@code ART10_*} findings, the
   * regulation's {@code CN13_VIEW_CHANGED}, each law's own set of added and removed cameras.
   */
  public CheckResult diff(Survey current, List<LawId> laws) {
    List<Finding> findings = new ArrayList<>();
    for (LawId law : laws) {
      if (law == LawId.CN2025) {
        viewChanged(current, findings::add);
      } else {
        compare(current, findings::add);
      }
    }
    findings.sort(Checker.ORDER);
    CheckOptions defaults = CheckOptions.defaults();
    return new CheckResult(current, new CheckOptions(defaults.minCover(), defaults.quality(), laws, null), findings);
  }

  /** Adds a finding for every change beyond the tolerances, and every camera added or removed. */
  public void compare(Survey current, Consumer<Finding> findings) {
    compare(current, findings, false);
  }

  /** As {@link #compare(Survey, Consumer)}; with {@code presenceOnly}, cameras added and removed alone. */
  private void compare(Survey current, Consumer<Finding> findings, boolean presenceOnly) {
    Map<String, Camera> filed = filedCameras();
    for (Camera now : current.cameras()) {
      Camera before = filed.remove(key(now));
      if (before == null) {
        findings.accept(Finding.of(FindingCode.BASELINE_CAMERA_ADDED).camera(now).build());
      } else if (!presenceOnly) {
        compare(before, now, current, findings);
      }
    }
    for (Camera gone : filed.values()) {
      double[] lonLat = lonLat(baseline, gone.location());
      Coordinate here = current.frame().fromLonLat(lonLat[0], lonLat[1]);
      findings.accept(Finding.of(FindingCode.BASELINE_CAMERA_REMOVED).camera(gone.siteId(), gone.cameraId())
          .geometry(current.frame().geometryFactory().createPoint(here))
          .source(gone.source())
          .build());
    }
  }

  private void compare(Camera before, Camera now, Survey current, Consumer<Finding> findings) {
    double[] from = lonLat(baseline, before.location());
    double[] to = lonLat(current, now.location());
    double distance = Geodesic.WGS84.Inverse(from[1], from[0], to[1], to[0]).s12;
    if (distance > tolerances.moveMetres()) {
      findings.accept(Finding.of(FindingCode.ART10_MOVED).camera(now)
          .figure("distance_m", Figures.round(distance, 2))
          .figure("tolerance_m", tolerances.moveMetres())
          .build());
    }
    double turned = turn(before.headingDegrees(), now.headingDegrees());
    if (turned > tolerances.turnDegrees()) {
      findings.accept(Finding.of(FindingCode.ART10_REAIMED).camera(now)
          .figure("heading_before", before.headingDegrees())
          .figure("heading_after", now.headingDegrees())
          .figure("turned_deg", Figures.round(turned, 1))
          .figure("tolerance_deg", tolerances.turnDegrees())
          .build());
    }
    boolean angleChanged = Math.abs(now.hfovDegrees() - before.hfovDegrees()) > tolerances.angleDegrees();
    double rangeChange = (now.rangeMetres() - before.rangeMetres()) / before.rangeMetres();
    boolean rangeChanged = Math.abs(rangeChange) > tolerances.rangeFraction();
    if (angleChanged || rangeChanged) {
      findings.accept(Finding.of(FindingCode.ART10_FOV_CHANGED).camera(now)
          .figure("hfov_before", before.hfovDegrees())
          .figure("hfov_after", now.hfovDegrees())
          .figure("range_before_m", before.rangeMetres())
          .figure("range_after_m", now.rangeMetres())
          .figure("range_change", Figures.round(rangeChange, 3))
          .build());
    }
  }

  /** The angle between two headings, the smaller way round: 359° to 3° is 4°. */
  static double turn(double headingBefore, double headingAfter) {
    double d = Math.abs(headingAfter - headingBefore) % 360;
    return Math.min(d, 360 - d);
  }

  private static double[] lonLat(Survey survey, Point location) {
    return survey.frame().toLonLat(location.getX(), location.getY());
  }

  private static String key(Camera camera) {
    return camera.siteId() + "\u0000" + camera.cameraId();
  }
}
