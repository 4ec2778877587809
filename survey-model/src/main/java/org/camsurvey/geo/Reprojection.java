package org.camsurvey.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Moves every coordinate of a copy of a geometry through a mapping of the plane. */
public final class Reprojection {
  /** Where a point goes: {x, y} in, {x', y'} out. */
  @FunctionalInterface
  public interface PointMapping {
    double[] apply(double x, double y);
  }

  private Reprojection() {}

  /**
   * A deep copy of the geometry with every coordinate mapped; the input is left as it was (a
   * ring whose first and last point are one shared object is mapped once per position, not
   * twice).
   */
  public static Geometry copy(Geometry geometry, PointMapping mapping) {
    Geometry g = geometry.copy();
    g.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double[] p = mapping.apply(seq.getX(i), seq.getY(i));
        seq.setOrdinate(i, 0, p[0]);
        seq.setOrdinate(i, 1, p[1]);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return g;
  }
}
