package org.camsurvey.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * The image-quality grades of IEC 62676-4 (DORI), as pixels per metre of scene width.
 */
public enum ImageQuality {
  DETECT(25),
  OBSERVE(62.5),
  RECOGNISE(125),
  IDENTIFY(250);

  /**
   * How far past a grade's distance a point of its view may lie, placed there by arithmetic that
   * rounds: a micrometre, a ten-thousandth of the centimetre the arcs are drawn to.
   */
  private static final double ARC_PLACEMENT_METRES = 1e-6;

  private final double pixelsPerMetre;

  ImageQuality(double pixelsPerMetre) {
    this.pixelsPerMetre = pixelsPerMetre;
  }

  public double pixelsPerMetre() {
    return pixelsPerMetre;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The farthest distance at which a camera still reaches this grade: min(r, resH / (2 · ppm ·
   * tan(a/2))) for a &lt; 180°. Without a resolution, or for a ≥ 180° where the formula means
   * nothing, the camera's own range serves for every grade.
   */
  public double rangeMetres(double rangeMetres, Integer resolutionH, double hfovDegrees) {
    if (resolutionH == null || hfovDegrees >= 180) {
      return rangeMetres;
    }
    double halfWidth = Math.tan(Math.toRadians(hfovDegrees / 2));
    return Math.min(rangeMetres, resolutionH / (2 * pixelsPerMetre * halfWidth));
  }

  /** The pixels per metre a camera gives at a distance, for reports. */
  public static double pixelsPerMetreAt(int resolutionH, double hfovDegrees, double distanceMetres) {
    return resolutionH / (2 * distanceMetres * Math.tan(Math.toRadians(hfovDegrees / 2)));
  }

  /**
   * The best grade a camera holds at a ground distance, or null below {@link #DETECT}. Judged by
   * distance, against each grade's {@link #rangeMetres}, as a grade's view is built: a point on
   * its far arc, placed there to within the rounding of the arithmetic, holds the grade.
   */
  public static ImageQuality reachedAt(int resolutionH, double hfovDegrees, double distanceMetres) {
    ImageQuality best = null;
    for (ImageQuality q : values()) {
      if (distanceMetres <= q.rangeMetres(Double.POSITIVE_INFINITY, resolutionH, hfovDegrees) + ARC_PLACEMENT_METRES) {
        best = q;
      }
    }
    return best;
  }

  /** Reads a grade by name; British and American spellings both work. */
  public static Optional<ImageQuality> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace("recognize", "recognise");
    for (ImageQuality q : values()) {
      if (q.code().equals(t)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
