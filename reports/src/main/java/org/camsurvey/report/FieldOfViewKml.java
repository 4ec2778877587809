package org.camsurvey.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.Scene;
import org.camsurvey.write.KmlWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * Every camera's field of view as a translucent KML polygon named after the camera, one Folder per
 * site, for Google Earth; the same properties as {@link FieldOfViewGeoJson} as ExtendedData
 * {@code <Data>} (which GDAL's LIBKML driver reads whatever the Folder's name).
 */
public final class FieldOfViewKml {
  private static final String STYLE = "fov";

  private FieldOfViewKml() {}

  /**
   * @param quality the image quality to draw the view at, or null for all the camera sees
   * @param kmz whether to write a KMZ rather than plain KML
   */
  public static void write(Survey survey, ImageQuality quality, OutputStream out, boolean kmz) throws IOException {
    KmlWriter kml = KmlWriter.open(out, kmz, survey.name() + " — fov");
    // Light blue, a third opaque, so that overlapping views show through one another.
    kml.style(new KmlWriter.Style(STYLE, "ffff8000", 1.5, "55ff8000", "ffff8000", 0.8));
    WallIndex walls = Scene.walls(survey);
    String site = null;
    for (Camera camera : survey.cameras()) {
      if (!camera.siteId().equals(site)) {
        if (site != null) {
          kml.endFolder();
        }
        site = camera.siteId();
        kml.startFolder(site);
      }
      Geometry view = CameraView.of(survey.frame(), camera, quality, walls).shape();
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("camera_id", camera.cameraId());
      values.put("site_id", camera.siteId());
      values.put("heading", camera.headingDegrees());
      values.put("hfov", camera.hfovDegrees());
      double range = Math.round(CameraView.rangeMetres(camera, quality) * 100) / 100.0;
      values.put("range_m", range);
      values.put("quality", quality == null ? "any" : quality.code());
      values.put("area_m2",
          Math.round(survey.frame().groundArea(view) * 100) / 100.0);
      String description = camera.siteId() + ": heading " + plain(camera.headingDegrees()) + "°, "
          + "angle " + plain(camera.hfovDegrees()) + "°, range " + plain(range) + " m";
      kml.placemark(new KmlWriter.Placemark(camera.cameraId(), description, STYLE, null, values,
          survey.frame().toLonLat(view)));
    }
    if (site != null) {
      kml.endFolder();
    }
    kml.finish();
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
