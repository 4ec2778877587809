package org.camsurvey.model;

import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * One camera, its position in the survey's metric frame and its optics.
 *
 * <p>Optional survey fields are null where the survey leaves them empty (unknown).
 *
 * @param cameraId the operator's camera number, unique within its site
 * @param siteId the site the camera belongs to
 * @param location the camera's position in the survey's local metric frame
 * @param headingDegrees optical axis, clockwise from true north, 0 ≤ h &lt; 360
 * @param hfovDegrees horizontal angle of view, 0 &lt; a ≤ 360
 * @param rangeMetres the farthest ground distance the camera sees
 * @param resolutionH horizontal resolution in pixels, or null
 * @param heightMetres mounting height, or null
 * @param tiltDegrees angle of the optical axis below horizontal, or null
 * @param vfovDegrees vertical angle of view, or null for the 16:9 default
 * @param type the camera's build, or null
 * @param signage whether a sign announces the camera, or null
 * @param retentionDays how long recordings are kept, or null
 * @param runs24h whether it runs around the clock, or null
 * @param installed date installed or accepted, or null
 * @param filed date filed with the public security organ, or null when not filed
 * @param operator the using unit, or null
 * @param consent whether the classified unit nearby consented in advance (the 2025 regulation's
 *     Art. 10), or null
 * @param proposed whether the camera is proposed rather than installed (as {@code fix} writes them), or null
 * @param source where the record came from
 */
public record Camera(
    String cameraId,
    String siteId,
    Point location,
    double headingDegrees,
    double hfovDegrees,
    double rangeMetres,
    Integer resolutionH,
    Double heightMetres,
    Double tiltDegrees,
    Double vfovDegrees,
    CameraType type,
    Boolean signage,
    Integer retentionDays,
    Boolean runs24h,
    LocalDate installed,
    LocalDate filed,
    String operator,
    Boolean consent,
    Boolean proposed,
    SourceRef source) {

  public Camera {
    Objects.requireNonNull(cameraId, "cameraId");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(location, "location");
    if (!(headingDegrees >= 0 && headingDegrees < 360)) {
      throw new IllegalArgumentException("heading must be in [0, 360): " + headingDegrees);
    }
    if (!(hfovDegrees > 0 && hfovDegrees <= 360)) {
      throw new IllegalArgumentException("hfov must be in (0, 360]: " + hfovDegrees);
    }
    if (!(rangeMetres > 0 && Double.isFinite(rangeMetres))) {
      throw new IllegalArgumentException("range must be positive: " + rangeMetres);
    }
  }

  /** A camera whose survey gives neither consent nor proposal. */
  public Camera(String cameraId, String siteId, Point location, double headingDegrees, double hfovDegrees,
      double rangeMetres, Integer resolutionH, Double heightMetres, Double tiltDegrees, Double vfovDegrees,
      CameraType type, Boolean signage, Integer retentionDays, Boolean runs24h, LocalDate installed, LocalDate filed,
      String operator, SourceRef source) {
    this(cameraId, siteId, location, headingDegrees, hfovDegrees, rangeMetres, resolutionH, heightMetres, tiltDegrees,
        vfovDegrees, type, signage, retentionDays, runs24h, installed, filed, operator, null, null, source);
  }

  /** A camera that sees all round: its field of view is a disc. */
  public boolean isAllRound() {
    return hfovDegrees >= 360;
  }
}
