package org.camsurvey.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.camsurvey.geo.ConvexSum;
import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.geo.WallIndex;
import org.camsurvey.model.Camera;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A survey with every camera's views built once, walls and ground band included: what each
 * camera sees at all (for the forbidden-zone test) and what it sees at the quality mandated
 * coverage counts at.
 */
public final class Scene {
  private final Survey survey;
  private final CheckOptions options;
  private final LawId law;
  private final WallIndex walls;
  private final List<CameraView> visible;
  private final List<CameraView> covering;
  private final Scene whole;
  private List<ZoneCoverage> coverage;

  public Scene(Survey survey, CheckOptions options) {
    this.survey = survey;
    this.options = options;
    this.law = LawId.CQ2009;
    this.whole = null;
    this.walls = walls(survey);
    List<Camera> cameras = survey.cameras();
    visible = new ArrayList<>(cameras.size());
    covering = new ArrayList<>(cameras.size());
    for (int i = 0; i < cameras.size(); i++) {
      Interruption.stopIfInterrupted();
      Camera camera = cameras.get(i);
      // a camera whose image ends where the ground leaves its frame sees as far at both qualities
      double seen = CameraView.outerMetres(camera, ImageQuality.DETECT);
      double covered = CameraView.outerMetres(camera, options.quality());
      FieldOfView.Aim aim = CameraView.aim(survey.frame(), camera);
      CameraView all = CameraView.of(aim, camera, ImageQuality.DETECT, walls);
      visible.add(all);
      covering.add(covered == seen ? all : CameraView.of(aim, camera, options.quality(), walls));
    }
  }

  private Scene(Scene whole, LawId law, Survey judged) {
    this.survey = judged;
    this.options = whole.options;
    this.law = law;
    this.walls = whole.walls;
    this.visible = whole.visible;
    this.covering = whole.covering;
    this.whole = whole;
  }

  /**
   * This scene as one law judges it: the same cameras and views, built once, with the zones that
   * law judges ({@code judged} holds this scene's cameras in the same order and a subset of its
   * zones, as {@link Rulebook#zones} gives them).
   */
  public Scene judgedBy(LawId law, Survey judged) {
    return new Scene(this, law, judged);
  }

  /** The law the rules judge this scene by: the measures unless {@link #judgedBy} said otherwise. */
  public LawId law() {
    return law;
  }

  /** The walls and buildings of a survey, indexed for views. */
  public static WallIndex walls(Survey survey) {
    return WallIndex.of(survey.obstacles().stream().map(Obstacle::shape).toList());
  }

  public Survey survey() {
    return survey;
  }

  /** The survey's walls, indexed once for this scene and every law's share of it. */
  public WallIndex walls() {
    return walls;
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

  /**
   * An envelope {@link #visible} lies within, without waiting for its shape (the null envelope
   * where it is empty).
   */
  public Envelope visibleEnvelope(int cameraIndex) {
    return visible.get(cameraIndex).envelope();
  }

  /** An envelope {@link #covering} lies within, as {@link #visibleEnvelope}. */
  public Envelope coveringEnvelope(int cameraIndex) {
    return covering.get(cameraIndex).envelope();
  }

  /**
   * {@link #visible} as convex pieces, or null where walls cut it into fans: a forbidden zone's
   * overlap is drawn, which the fans give only by an overlay, and clipping them all to learn
   * whether they meet a zone cost more than the prepared test (a third more samples in a dense
   * city's Art. 9).
   */
  public ConvexSum visiblePieces(int cameraIndex) {
    CameraView view = visible.get(cameraIndex);
    return view.fanned() ? null : view.pieces();
  }

  /** {@link #covering} as convex pieces, or null where walls leave a shape the sweep gave no fans for. */
  public ConvexSum coveringPieces(int cameraIndex) {
    return covering.get(cameraIndex).pieces();
  }

  /** The coverage of every mandated zone, worked out once. */
  public synchronized List<ZoneCoverage> coverage() {
    if (coverage == null) {
      // a law's scene takes its zones' coverage from the whole scene's, worked out once for all laws
      if (whole == null) {
        coverage = ZoneCoverage.of(this);
      } else {
        Set<Zone> judged = Collections.newSetFromMap(new IdentityHashMap<>());
        judged.addAll(survey.zones());
        coverage = whole.coverage().stream().filter(c -> judged.contains(c.zone())).toList();
      }
    }
    return coverage;
  }
}
