package org.camsurvey.rules;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.geo.ConvexClip;
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
  private final List<Geometry> visible;
  private final List<Geometry> covering;
  private final boolean[] coveringIsConvex;
  private final boolean[] coveringClips;
  private final boolean[] visibleClips;
  private List<ZoneCoverage> coverage;

  public Scene(Survey survey, CheckOptions options) {
    this.survey = survey;
    this.options = options;
    this.walls = walls(survey);
    List<Camera> cameras = survey.cameras();
    visible = new ArrayList<>(cameras.size());
    covering = new ArrayList<>(cameras.size());
    coveringIsConvex = new boolean[cameras.size()];
    coveringClips = new boolean[cameras.size()];
    visibleClips = new boolean[cameras.size()];
    for (int i = 0; i < cameras.size(); i++) {
      Checker.stopIfInterrupted();
      Camera camera = cameras.get(i);
      double seen = CameraView.rangeMetres(camera, ImageQuality.DETECT);
      double covered = CameraView.rangeMetres(camera, options.quality());
      Geometry all = CameraView.of(survey.frame(), camera, ImageQuality.DETECT, walls);
      Geometry counted = covered == seen ? all : CameraView.of(survey.frame(), camera, options.quality(), walls);
      visible.add(all);
      covering.add(counted);
      coveringIsConvex[i] = CameraView.isConvexSector(camera, counted, walls);
      visibleClips[i] = ConvexClip.isConvex(all);
      coveringClips[i] = counted == all ? visibleClips[i] : ConvexClip.isConvex(counted);
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
    return visible.get(cameraIndex);
  }

  /** What the camera at this index sees at the quality coverage counts at. */
  public Geometry covering(int cameraIndex) {
    return covering.get(cameraIndex);
  }

  /** Whether the view seen at any quality is one convex polygon, which {@link ConvexClip} intersects. */
  public boolean visibleClips(int cameraIndex) {
    return visibleClips[cameraIndex];
  }

  /** Whether the view coverage counts is one convex polygon, which {@link ConvexClip} intersects. */
  public boolean coveringClips(int cameraIndex) {
    return coveringClips[cameraIndex];
  }

  /** Whether that view is a plain convex sector (see {@link CameraView#isConvexSector}). */
  public boolean coveringIsConvex(int cameraIndex) {
    return coveringIsConvex[cameraIndex];
  }

  /** The coverage of every mandated zone, worked out once. */
  public synchronized List<ZoneCoverage> coverage() {
    if (coverage == null) {
      coverage = ZoneCoverage.of(this);
    }
    return coverage;
  }
}
