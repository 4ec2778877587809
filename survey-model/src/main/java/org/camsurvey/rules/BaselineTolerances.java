package org.camsurvey.rules;

/**
 * How far a camera may drift from its filed baseline before it counts as changed (Art. 20(2)).
 *
 * @param moveMetres the geodesic distance a camera may have moved
 * @param turnDegrees the angle its heading may have turned, the smaller way round
 * @param angleDegrees the change its horizontal angle of view may have had
 * @param rangeFraction the change its range may have had, as a fraction of the filed range
 */
public record BaselineTolerances(double moveMetres, double turnDegrees, double angleDegrees, double rangeFraction) {
  public static final double DEFAULT_MOVE_METRES = 1;
  public static final double DEFAULT_TURN_DEGREES = 5;
  public static final double DEFAULT_ANGLE_DEGREES = 5;
  public static final double DEFAULT_RANGE_FRACTION = 0.10;

  public BaselineTolerances {
    check("move", moveMetres, Double.MAX_VALUE);
    check("turn", turnDegrees, 180);
    check("angle", angleDegrees, 360);
    check("range", rangeFraction, Double.MAX_VALUE);
  }

  private static void check(String name, double value, double max) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(name + " tolerance must be within 0.." + max + ": " + value);
    }
  }

  public static BaselineTolerances defaults() {
    return new BaselineTolerances(DEFAULT_MOVE_METRES, DEFAULT_TURN_DEGREES, DEFAULT_ANGLE_DEGREES,
        DEFAULT_RANGE_FRACTION);
  }
}
