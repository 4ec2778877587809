package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import net.sf.geographiclib.Geodesic;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Art. 20(2) — no one may change a camera's position, the direction it points or the reach of
 * its lens: each camera of the current survey is compared with the same camera (same site id and
 * camera id) of the survey filed with the public security organ.
 *
 * <p>Position is compared geodesically between the two WGS 84 positions, each taken out of its
 * own survey's frame, so the two surveys may come in different CRSs. A camera in only one survey
 * is reported as a {@code BASELINE_CAMERA_ADDED} or {@code BASELINE_CAMERA_REMOVED} warning:
 * it may be new or gone, or renumbered, which the comparison cannot tell.
 */
public final class Art20BaselineRule implements Rule {
  private final Survey baseline;
  private final BaselineTolerances tolerances;

  /**
   * @param baseline the survey as filed
   * @param tolerances how much change is not yet a change
   */
  public Art20BaselineRule(Survey baseline, BaselineTolerances tolerances) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
  }

  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    compare(scene.survey(), findings);
  }

  /**
   * The differences between the baseline and a current survey, sorted as {@link Checker} sorts
   * findings, without building any camera's view.
   */
  public CheckResult diff(Survey current) {
    List<Finding> findings = new ArrayList<>();
    compare(current, findings::add);
    findings.sort(Checker.ORDER);
    return new CheckResult(current, CheckOptions.defaults(), findings);
  }

  /** Adds a finding for every change beyond the tolerances, and every camera added or removed. */
  public void compare(Survey current, Consumer<Finding> findings) {
    Map<String, Camera> filed = new LinkedHashMap<>();
    for (Camera camera : baseline.cameras()) {
      filed.put(key(camera), camera);
    }
    for (Camera now : current.cameras()) {
      Camera before = filed.remove(key(now));
      if (before == null) {
        findings.accept(Finding.of(FindingCode.BASELINE_CAMERA_ADDED).camera(now).build());
      } else {
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
      findings.accept(Finding.of(FindingCode.ART20_MOVED).item("2").camera(now)
          .figure("distance_m", Figures.round(distance, 2))
          .figure("tolerance_m", tolerances.moveMetres())
          .build());
    }
    double turned = turn(before.headingDegrees(), now.headingDegrees());
    if (turned > tolerances.turnDegrees()) {
      findings.accept(Finding.of(FindingCode.ART20_REAIMED).item("2").camera(now)
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
      findings.accept(Finding.of(FindingCode.ART20_FOV_CHANGED).item("2").camera(now)
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
