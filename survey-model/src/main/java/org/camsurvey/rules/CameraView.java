package org.camsurvey.rules;

import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Camera;
import org.locationtech.jts.geom.Polygon;

/** What a camera sees on the ground, at a given image quality, in the survey's frame. */
public final class CameraView {
  private CameraView() {}

  /**
   * The camera's field of view out to the distance at which it still reaches the quality.
   *
   * @param quality the quality, or null for everything the camera sees at all ({@code range_m})
   */
  public static Polygon of(LocalFrame frame, Camera camera, ImageQuality quality) {
    return FieldOfView.sector(
        frame, camera.location().getCoordinate(), camera.headingDegrees(), camera.hfovDegrees(),
        rangeMetres(camera, quality));
  }

  /** The distance out to which a camera reaches a quality; {@code range_m} for null. */
  public static double rangeMetres(Camera camera, ImageQuality quality) {
    return quality == null
        ? camera.rangeMetres()
        : quality.rangeMetres(camera.rangeMetres(), camera.resolutionH(), camera.hfovDegrees());
  }
}
