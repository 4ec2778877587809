package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygons an overlay or a repair splits off that have an area but no width: where two inputs'
 * edges pass a rounding error apart, a triangle nanometres across. They carry no ground, yet turn
 * a polygon into a multipolygon that GIS tools draw and count as a part.
 */
public final class Slivers {
  /**
   * The width under which a part of an overlay in a local frame is taken for one: a micrometre,
   * a ten-thousandth of the centimetre views are drawn to.
   */
  public static final double IN_FRAME_METRES = 1e-6;

  private Slivers() {}

  /**
   * The geometry's polygons but those thinner than a width (twice the area over the length round),
   * a single polygon where one is left, an empty polygon where none is.
   */
  public static Geometry without(Geometry polygons, double thinnerThan) {
    if (polygons.getNumGeometries() < 2) {
      return polygons;
    }
    List<Polygon> kept = new ArrayList<>();
    for (int i = 0; i < polygons.getNumGeometries(); i++) {
      if (polygons.getGeometryN(i) instanceof Polygon p && 2 * p.getArea() / p.getLength() > thinnerThan) {
        kept.add(p);
      }
    }
    if (kept.size() == polygons.getNumGeometries()) {
      return polygons;
    }
    return kept.isEmpty() ? polygons.getFactory().createPolygon()
        : kept.size() == 1 ? kept.get(0) : polygons.getFactory().buildGeometry(kept);
  }
}
