package org.camsurvey.view;

import org.camsurvey.model.Finding;
import org.camsurvey.model.Survey;
import org.locationtech.jts.geom.Geometry;

/** How rules measure and round the figures findings carry. */
public final class Figures {
  private Figures() {}

  /** Below this spread of the frame's area scale over a zone, shares of it are read in the frame. */
  public static final double SHARE_SCALE_SPREAD = 1e-5;

  /** A geometry's area on the ground (the ellipsoid's), in square metres. */
  public static double groundArea(Survey survey, Geometry geometry) {
    return survey.frame().groundArea(geometry);
  }

  /**
   * The share of a zone's ground area a part of it takes. In the frame where its scale hardly
   * varies over the zone (a room, a street: to 1e-5); on the ellipsoid for a large zone far from
   * the frame's centre, whose frame areas would be out by the frame's scale across it.
   */
  public static double share(Survey survey, Geometry part, Geometry zone) {
    if (survey.frame().areaScaleSpread(zone.getEnvelopeInternal()) <= SHARE_SCALE_SPREAD) {
      return part.getArea() / zone.getArea();
    }
    return groundArea(survey, part) / groundArea(survey, zone);
  }

  /**
   * Adds the image-quality figures: the camera they are for, pixels per metre at the nearest and
   * farthest points, and the DORI grade held over the whole area ("below_detect" under 25).
   */
  public static void image(Finding.Builder finding, ZoneCoverage.ImageFigures image) {
    if (image == null) {
      return;
    }
    finding.figure("image_camera", image.cameraId())
        .figure("near_m", round(image.nearMetres(), 2))
        .figure("far_m", round(image.farMetres(), 2));
    if (Double.isFinite(image.ppmNear())) {
      finding.figure("ppm_near", round(image.ppmNear(), 1));
    }
    finding.figure("ppm_far", round(image.ppmFar(), 1))
        .figure("quality_reached", image.reached() == null ? "below_detect" : image.reached().code());
  }

  /** Rounds half away from zero to a number of decimals, for figures people read. */
  public static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
  }

  /** Cuts a number to a number of decimals, towards zero. */
  public static double roundDown(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.DOWN).doubleValue();
  }
}
