package org.camsurvey.remedy;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a fix may change.
 *
 * @param maxTurnDegrees the largest turn of a camera's heading from where the survey has it, 0..180
 * @param keepAngle never narrow a camera's angle of view
 * @param keepRange never shorten its range
 * @param newCameras whether to propose new cameras for zones re-aiming leaves short
 * @param newCameraFields the numbers a new camera gets, by camera field ({@code hfov}, {@code
 *     range_m}, {@code res_h}, {@code height_m}, {@code tilt}, {@code vfov}, {@code retention}); a
 *     new camera without {@code hfov} or {@code range_m} takes {@link #DEFAULT_HFOV_DEGREES} and
 *     {@link #DEFAULT_RANGE_METRES}
 */
public record RemedyOptions(
    double maxTurnDegrees, boolean keepAngle, boolean keepRange, boolean newCameras, Map<String, Double> newCameraFields) {
  /** The step every search moves in: degrees of heading and angle, metres of range. */
  public static final double STEP = 0.5;
  public static final double DEFAULT_HFOV_DEGREES = 90;
  public static final double DEFAULT_RANGE_METRES = 30;

  public RemedyOptions {
    if (!(maxTurnDegrees >= 0 && maxTurnDegrees <= 180)) {
      throw new IllegalArgumentException("the largest turn must be within 0..180 degrees, not " + maxTurnDegrees);
    }
    newCameraFields = Map.copyOf(new TreeMap<>(newCameraFields));
  }

  public static RemedyOptions defaults() {
    return new RemedyOptions(180, false, false, true, Map.of());
  }

  double hfovDegrees() {
    return newCameraFields.getOrDefault("hfov", DEFAULT_HFOV_DEGREES);
  }

  double rangeMetres() {
    return newCameraFields.getOrDefault("range_m", DEFAULT_RANGE_METRES);
  }

  Double field(String name) {
    return newCameraFields.get(name);
  }
}
