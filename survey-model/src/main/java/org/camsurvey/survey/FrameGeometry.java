package org.camsurvey.survey;

import java.util.List;
import java.util.Map;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The records' geometries, already in WGS 84, placed in the survey's local frame: a camera as a
 * point, a zone's or site's area repaired with a warning where it is not valid.
 */
final class FrameGeometry {
  /** Narrower on average (twice the area over the perimeter) than this, a polygon is a line. */
  private static final double MIN_MEAN_WIDTH_METRES = 0.01;

  private final LocalFrame frame;
  private final Map<RawFeature, Geometry> lonLat;
  /** Polygons already in the frame, with what makes them invalid (null when valid). */
  private final Map<RawFeature, Framed> framed;
  private final String surveyName;
  private final List<Finding> warnings;

  FrameGeometry(LocalFrame frame, Map<RawFeature, Geometry> lonLat, Map<RawFeature, Framed> framed,
      String surveyName, List<Finding> warnings) {
    this.frame = frame;
    this.lonLat = lonLat;
    this.framed = framed;
    this.surveyName = surveyName;
    this.warnings = warnings;
  }

  /** A polygon in the frame and what makes it invalid (null when valid), worked out ahead. */
  record Framed(Geometry local, TopologyValidationError problem) {}

  Framed framed(RawFeature feature) {
    Geometry local = toFrame(lonLat.get(feature));
    return new Framed(local, new IsValidOp(local).getValidationError());
  }

  boolean located(RawFeature feature) {
    return lonLat.containsKey(feature);
  }

  Geometry lonLat(RawFeature feature) {
    return lonLat.get(feature);
  }

  Point point(RawLayer layer, RawFeature f, FieldValues v) {
    Geometry g = lonLat.get(f);
    if (g == null) {
      throw v.error("geometry", "a camera needs a point (lon/lat, x/y or wkt columns in CSV)");
    }
    if (g instanceof MultiPoint mp && mp.getNumGeometries() == 1) {
      g = mp.getGeometryN(0);
    }
    if (!(g instanceof Point p) || p.isEmpty()) {
      throw v.error("geometry", "a camera is a point, not a " + g.getGeometryType());
    }
    return (Point) toFrame(p);
  }

  /** A zone's or site's area in the frame, repaired with a warning where it is not valid. */
  Geometry polygonal(RawLayer layer, RawFeature f, FieldValues v, boolean optional) {
    Geometry g = lonLat.get(f);
    if (!(g instanceof Polygonal)) {
      throw v.error("geometry", "expected a polygon, found a " + g.getGeometryType());
    }
    // Degenerate where it was drawn (no area even once repaired): a "polygon" along a parallel
    // bulges in the frame (parallels curve there), metres wide over kilometres, and would pass
    // the width check below.
    // A ring with area as drawn keeps it once repaired (the repair keeps every lobe): only one
    // without needs the (costly) repair to tell.
    if (f.geometry() != null && !(f.geometry().getArea() > 0)
        && polygonsOf(GeometryFixer.fix(f.geometry())).getArea() == 0) {
      throw v.error("geometry", "the polygon has no area");
    }
    Framed pre = framed.remove(f);
    Geometry local = pre != null ? pre.local() : toFrame(g);
    TopologyValidationError problem = pre != null ? pre.problem() : new IsValidOp(local).getValidationError();
    if (problem != null) {
      Geometry fixed = polygonsOf(GeometryFixer.fix(local));
      warnings.add(Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED).source(v.source())
          .site(layer.fields().contains("site_id") ? v.text("site_id") : surveyName)
          .figure("reason", problem.getMessage())
          .figure("area_before_m2", round(local.getArea()))
          .figure("area_after_m2", round(fixed.getArea()))
          .build());
      local = fixed;
    }
    // A polygon drawn as a line is not quite one in the frame, whose parallels curve: it comes
    // out a sliver hundredths of a millimetre wide, which has an area all the same.
    if (local.isEmpty() || !(2 * local.getArea() / local.getLength() >= MIN_MEAN_WIDTH_METRES)) {
      throw v.error("geometry", "the polygon has no area");
    }
    return local;
  }

  static Geometry polygonsOf(Geometry g) {
    if (g instanceof Polygonal) {
      return g;
    }
    @SuppressWarnings("unchecked")
    List<org.locationtech.jts.geom.Polygon> polygons = PolygonExtracter.getPolygons(g);
    return g.getFactory().buildGeometry(polygons);
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  Geometry toFrame(Geometry lonLatGeometry) {
    return frame.fromLonLat(lonLatGeometry);
  }
}
