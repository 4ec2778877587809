package org.camsurvey.remedy;

import org.camsurvey.model.Camera;
import org.camsurvey.remedy.Remedy.Action;
import org.locationtech.jts.geom.Point;

/** A camera with one number changed, everything else as surveyed. */
final class CameraChange {
  private CameraChange() {}

  /** The camera turned to a heading, brought into [0, 360) and to a millionth of a degree. */
  static Camera heading(Camera c, double headingDegrees) {
    return of(c, c.location(), normal(headingDegrees), c.hfovDegrees(), c.rangeMetres());
  }

  static Camera angle(Camera c, double hfovDegrees) {
    return of(c, c.location(), c.headingDegrees(), hfovDegrees, c.rangeMetres());
  }

  static Camera range(Camera c, double rangeMetres) {
    return of(c, c.location(), c.headingDegrees(), c.hfovDegrees(), rangeMetres);
  }

  /** The same camera at another place and heading: a new camera tried at several places. */
  static Camera placed(Camera c, Point location, double headingDegrees) {
    return of(c, location, normal(headingDegrees), c.hfovDegrees(), c.rangeMetres());
  }

  private static Camera of(Camera c, Point location, double heading, double hfov, double range) {
    return new Camera(c.cameraId(), c.siteId(), location, heading, hfov, range, c.resolutionH(), c.heightMetres(),
        c.tiltDegrees(), c.vfovDegrees(), c.type(), c.signage(), c.retentionDays(), c.runs24h(), c.installed(), c.filed(),
        c.operator(), c.consent(), c.proposed(), c.source());
  }

  /** The setting an action changes: the camera's angle, range or heading. */
  static double value(Action action, Camera c) {
    return switch (action) {
      case ANGLE -> c.hfovDegrees();
      case RANGE -> c.rangeMetres();
      default -> c.headingDegrees();
    };
  }

  /** The turn from one camera's heading to another's, the shorter way, in degrees. */
  static double turn(Camera from, Camera to) {
    double d = Math.abs(from.headingDegrees() - to.headingDegrees()) % 360;
    return Math.min(d, 360 - d);
  }

  /**
   * A heading in [0, 360), rounded to a millionth of a degree so that 0.5° steps from a surveyed
   * 37.3° read 37.8°, not 37.800000000000004°, in the fixed survey.
   */
  static double normal(double degrees) {
    double h = Math.round(((degrees % 360) + 360) % 360 * 1e6) / 1e6;
    return h >= 360 ? 0 : h;
  }
}
