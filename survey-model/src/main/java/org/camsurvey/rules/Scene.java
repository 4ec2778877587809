package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.locationtech.jts.geom.Polygon;

/**
 * A survey with every camera's fields of view built once: what each camera sees at all (for the
 * forbidden-zone test) and what it sees at the quality mandated coverage counts at.
 */
public final class Scene {
  private final Survey survey;
  private final CheckOptions options;
  private final List<Polygon> visible;
  private final List<Polygon> covering;

  public Scene(Survey survey, CheckOptions options) {
    this.survey = survey;
    this.options = options;
    List<Camera> cameras = survey.cameras();
    visible = new ArrayList<>(cameras.size());
    covering = new ArrayList<>(cameras.size());
    for (Camera camera : cameras) {
      double seen = CameraView.rangeMetres(camera, ImageQuality.DETECT);
      double covered = CameraView.rangeMetres(camera, options.quality());
      Polygon all = CameraView.of(survey.frame(), camera, ImageQuality.DETECT);
      visible.add(all);
      covering.add(covered == seen ? all : CameraView.of(survey.frame(), camera, options.quality()));
    }
  }

  public Survey survey() {
    return survey;
  }

  public CheckOptions options() {
    return options;
  }

  /** What the camera at this index of {@link Survey#cameras()} sees at any quality. */
  public Polygon visible(int cameraIndex) {
    return visible.get(cameraIndex);
  }

  /** What the camera at this index sees at the quality coverage counts at. */
  public Polygon covering(int cameraIndex) {
    return covering.get(cameraIndex);
  }
}
