package org.camsurvey.report.map;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Geometry;

/**
 * The ground drawn in one panel of a site's map, bottom to top: site outlines, zones by rule,
 * views (the site's own blue, other sites' grey), walls and buildings, the parts of zones the
 * findings are about in red, and camera symbols.
 */
final class MapFeatures {
  /** A camera of the map's own site where the panel shows it, for its label. */
  record CameraMark(String cameraId, Point2D at) {}

  private final Scene scene;
  private final Site site;

  MapFeatures(Scene scene, Site site) {
    this.scene = scene;
    this.site = site;
  }

  /** Draws the ground of a panel, clipped to it. */
  void draw(MapCanvas canvas, MapPanel panel, List<MapFinding> findings) {
    Survey survey = scene.survey();
    canvas.save();
    canvas.clip(panel.box());
    for (Site s : survey.sites()) {
      if (s.boundary() != null && panel.shows(s.boundary().getEnvelopeInternal())) {
        boolean own = s.siteId().equals(site.siteId());
        var outline = panel.path(s.boundary());
        canvas.fill(outline, MapStyle.SITE, 1f);
        canvas.stroke(outline, own ? Color.DARK_GRAY : Color.GRAY, 1f, own ? 1f : 0.4f);
      }
    }
    for (Zone z : survey.zones()) {
      if (panel.shows(z.area().getEnvelopeInternal())) {
        if (z.rule() == ZoneRule.MANDATED) {
          MapStyle.mandated(canvas, panel.path(z.area()));
        } else {
          MapStyle.forbidden(canvas, panel.path(z.area()));
        }
      }
    }
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < survey.cameras().size(); i++) {
      Camera c = survey.cameras().get(i);
      Geometry view = scene.visible(i);
      boolean standsHere = panel.visibleGround().contains(c.location().getCoordinate());
      if (standsHere || !view.isEmpty() && panel.shows(view.getEnvelopeInternal())) {
        shown.add(i);
        if (!view.isEmpty()) {
          MapStyle.view(canvas, panel.path(view), !own(c));
        }
      }
    }
    for (Obstacle o : survey.obstacles()) {
      if (panel.shows(o.shape().getEnvelopeInternal())) {
        var shape = panel.path(o.shape());
        if (o.shape().getDimension() == 2) {
          canvas.fill(shape, MapStyle.OBSTACLE_FILL, 1f);
        }
        canvas.stroke(shape, MapStyle.OBSTACLE, 1f, 1.6f);
      }
    }
    for (MapFinding f : findings) {
      Geometry part = f.finding().geometry();
      if (part.getDimension() == 2 && panel.shows(part.getEnvelopeInternal())) {
        MapStyle.findingPart(canvas, panel.path(part));
      }
    }
    for (int i : shown) {
      Camera c = survey.cameras().get(i);
      if (panel.visibleGround().contains(c.location().getCoordinate())) {
        Point2D at = panel.point(c.location().getCoordinate());
        MapStyle.camera(canvas, at.getX(), at.getY(), c.headingDegrees(), !own(c));
      }
    }
    canvas.restore();
  }

  /** The site's own cameras a panel shows, for their labels. */
  List<CameraMark> ownCameras(MapPanel panel) {
    List<CameraMark> marks = new ArrayList<>();
    for (Camera c : scene.survey().cameras()) {
      if (own(c) && panel.visibleGround().contains(c.location().getCoordinate())) {
        marks.add(new CameraMark(c.cameraId(), panel.point(c.location().getCoordinate())));
      }
    }
    return marks;
  }

  /** Every camera drawn in a panel, own or not, whose symbols labels must keep clear of. */
  List<Point2D> allCameras(MapPanel panel) {
    List<Point2D> points = new ArrayList<>();
    for (Camera c : scene.survey().cameras()) {
      if (panel.visibleGround().contains(c.location().getCoordinate())) {
        points.add(panel.point(c.location().getCoordinate()));
      }
    }
    return points;
  }

  private boolean own(Camera c) {
    return c.siteId().equals(site.siteId());
  }
}
