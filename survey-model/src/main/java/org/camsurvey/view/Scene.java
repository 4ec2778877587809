package org.camsurvey.view;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Survey;
import org.locationtech.jts.geom.Geometry;

/**
 * A survey with every camera's views built once, walls and ground band included: what each
 * camera sees at all (for the forbidden-zone test) and what it sees at the quality mandated
 * coverage counts at.
 */
public final class Scene {
  private final Survey survey;
  private final CheckOptions options;
  private final WallIndex walls;
  private final List<CameraView> visible;
  private final List<CameraView> covering;
  private List<ZoneCoverage> coverage;

  public Scene(Survey survey, CheckOptions options) {
    this.survey = survey;
    this.options = options;
    this.walls = walls(survey);
    List<Camera> cameras = survey.cameras();
    visible = new ArrayList<>(cameras.size());
    covering = new ArrayList<>(cameras.size());
    for (int i = 0; i < cameras.size(); i++) {
      Interruption.stopIfInterrupted();
      Camera camera = cameras.get(i);
      double seen = CameraView.rangeMetres(camera, ImageQuality.DETECT);
      double covered = CameraView.rangeMetres(camera, options.quality());
      FieldOfView.Aim aim = CameraView.aim(survey.frame(), camera);
      CameraView all = CameraView.of(aim, camera, ImageQuality.DETECT, walls);
      visible.add(all);
      covering.add(covered == seen ? all : CameraView.of(aim, camera, options.quality(), walls));
    }
  }

  /** The walls and buildings of a survey, indexed for views. */
  public static WallIndex walls(Survey survey) {
    return WallIndex.of(survey.obstacles().stream().map(Obstacle::shape).toList());
  }

  public Survey survey() {
    return survey;
  }

  public CheckOptions options() {
    return options;
  }

  /** What the camera at this index of {@link Survey#cameras()} sees at any quality. */
  public Geometry visible(int cameraIndex) {
    return visible.get(cameraIndex).shape();
  }

  /** What the camera at this index sees at the quality coverage counts at. */
  public Geometry covering(int cameraIndex) {
    return covering.get(cameraIndex).shape();
  }

  /** {@link #visible} as convex pieces, or null where walls leave it otherwise. */
  public ConvexSum visiblePieces(int cameraIndex) {
    return visible.get(cameraIndex).pieces();
  }

  /** {@link #covering} as convex pieces, or null where walls leave it otherwise. */
  public ConvexSum coveringPieces(int cameraIndex) {
    return covering.get(cameraIndex).pieces();
  }

  /** The coverage of every mandated zone, worked out once. */
  public synchronized List<ZoneCoverage> coverage() {
    if (coverage == null) {
      coverage = ZoneCoverage.of(this);
    }
    return coverage;
  }
}
