package org.camsurvey.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.view.CameraView;
import org.camsurvey.view.Scene;
import org.camsurvey.write.OutputLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * Every camera's field of view as a map layer ({@code fov}), for {@code fov -o fov.gpkg}: the
 * polygons and properties {@link FieldOfViewGeoJson} writes.
 */
public final class FieldOfViewLayer {
  /** The layer's name in a GeoPackage. */
  public static final String NAME = "fov";

  static final List<LayerSchema.Field> FIELDS = List.of(
      new LayerSchema.Field("camera_id", FieldType.TEXT, true, "摄像机编号", "camera"),
      new LayerSchema.Field("site_id", FieldType.TEXT, true, "场所编号", "site"),
      new LayerSchema.Field("heading", FieldType.REAL, true, "方向角（度，自真北）", "heading, degrees from true north"),
      new LayerSchema.Field("hfov", FieldType.REAL, true, "水平视场角（度）", "horizontal angle of view, degrees"),
      new LayerSchema.Field("range_m", FieldType.REAL, true, "所绘距离（米）", "range drawn, metres"),
      new LayerSchema.Field("quality", FieldType.TEXT, true, "图像质量等级；any 为全部可见范围",
          "image quality drawn at; any for all it sees"),
      new LayerSchema.Field("area_m2", FieldType.REAL, true, "面积（平方米）", "area, m²"));

  private FieldOfViewLayer() {}

  /**
   * @param quality the image quality to draw the views at, or null for all the cameras see
   */
  public static OutputLayer of(Survey survey, ImageQuality quality) {
    List<OutputLayer.Feature> features = new ArrayList<>();
    WallIndex walls = Scene.walls(survey);
    for (Camera camera : survey.cameras()) {
      Geometry view = CameraView.of(survey.frame(), camera, quality, walls).shape();
      features.add(new OutputLayer.Feature(properties(survey, camera, quality, view),
          view.isEmpty() ? null : survey.frame().toLonLat(view)));
    }
    return new OutputLayer(NAME, LayerSchema.GeometryKind.POLYGON, FIELDS, features);
  }

  /** A view's properties, in order; GeoJSON and GeoPackage show the same. */
  static Map<String, Object> properties(Survey survey, Camera camera, ImageQuality quality, Geometry view) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("camera_id", camera.cameraId());
    p.put("site_id", camera.siteId());
    p.put("heading", camera.headingDegrees());
    p.put("hfov", camera.hfovDegrees());
    p.put("range_m", Math.round(CameraView.rangeMetres(camera, quality) * 100) / 100.0);
    p.put("quality", quality == null ? "any" : quality.code());
    p.put("area_m2", Math.round(survey.frame().groundArea(view) * 100) / 100.0);
    return p;
  }
}
