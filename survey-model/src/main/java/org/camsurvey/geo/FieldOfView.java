package org.camsurvey.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Coordinates;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

/**
 * Builds a camera's field of view: the ground points within a geodesic distance of the camera
 * whose true azimuth from it lies within half the angle of view of the heading.
 *
 * <p>The boundary is placed through the frame's local linear map at the camera ({@link
 * LocalFrame#perGroundMetre}): the derivative of the frame with respect to ground metres east and
 * north, the meridian convergence and the scale of the frame at that point, in closed form. (It
 * was four 1 m geodesics projected: a twelfth as fast, and the same map to 5e-9.) Across a 1 000
 * m range the neglected second-order terms stay below 3 mm for a camera within 200 km of the
 * frame's centre and below 5 cm anywhere in China (measured against exact geodesics); between
 * vertices the arc is a chord that falls at most {@value #CHORD_TOLERANCE_METRES} m inside the
 * true arc. Both are well inside the 0.1 m docs/SURVEY-FORMAT.md asks for, at a fiftieth of the
 * cost of solving a geodesic for every vertex.
 */
public final class FieldOfView {
  /** The most a chord of the arc may fall short of the true boundary, metres. */
  public static final double CHORD_TOLERANCE_METRES = 0.01;

  private static final double MAX_STEP_RADIANS = Math.toRadians(2);

  private FieldOfView() {}

  /**
   * The sector (or, for 360°, the disc) a camera sees, in the frame's coordinates.
   *
   * @param frame the survey's frame
   * @param camera the camera's position in the frame
   * @param headingDegrees true-north azimuth of the optical axis
   * @param hfovDegrees angle of view, 0 &lt; a ≤ 360
   * @param rangeMetres geodesic range, &gt; 0
   */
  public static Polygon sector(
      LocalFrame frame, Coordinate camera, double headingDegrees, double hfovDegrees, double rangeMetres) {
    return aim(frame, camera, headingDegrees, hfovDegrees).sector(rangeMetres);
  }

  /**
   * A camera's place and aim in a frame, from which its views at any distance are built: the
   * local linear map it carries costs an inverse projection, which one camera's views share.
   */
  public static Aim aim(LocalFrame frame, Coordinate camera, double headingDegrees, double hfovDegrees) {
    return new Aim(frame, camera, headingDegrees, hfovDegrees);
  }

  /**
   * The ground seen between two distances, and the same as convex pieces: fans from the camera
   * of at most 180° out to the far arc, less those out to the near one.
   */
  public record Band(Polygon shape, ConvexSum pieces) {}

  /**
   * A camera's place and aim, with the frame's local linear map there. One thread's: it keeps
   * the bearings of its last arc.
   */
  public static final class Aim {
    private final GeometryFactory factory;
    private final Coordinate camera;
    private final boolean disc;
    private final double start;
    private final double span;
    private final double xPerEast;
    private final double yPerEast;
    private final double xPerNorth;
    private final double yPerNorth;
    private int bearingSteps;
    private double[] sines;
    private double[] cosines;

    private Aim(LocalFrame frame, Coordinate camera, double headingDegrees, double hfovDegrees) {
      this.factory = frame.geometryFactory();
      this.camera = camera;
      double[] perGroundMetre = frame.perGroundMetre(camera.x, camera.y);
      xPerEast = perGroundMetre[0];
      yPerEast = perGroundMetre[1];
      xPerNorth = perGroundMetre[2];
      yPerNorth = perGroundMetre[3];
      disc = hfovDegrees >= 360;
      span = disc ? 360 : hfovDegrees;
      start = disc ? headingDegrees : headingDegrees - hfovDegrees / 2;
    }

    /** No ground at all, as an empty polygon of the frame. */
    public Polygon nothing() {
      return factory.createPolygon();
    }

    /** The sector (or, for 360°, the disc) out to a geodesic range, &gt; 0. */
    public Polygon sector(double rangeMetres) {
      return fan(arc(rangeMetres));
    }

    /** {@link #sector} as fans of at most 180° from the camera, each convex, on the sector's own arc. */
    public List<Polygon> sectorPieces(double rangeMetres) {
      return convexFans(arc(rangeMetres));
    }

    /**
     * The ground seen between two distances: the sector less the sector nearer than {@code
     * nearMetres} (the blind band under a camera with height and tilt), built from the two arcs
     * directly, with the same vertices as the two sectors, together with its convex pieces.
     *
     * @param nearMetres where the seen ground begins, 0 ≤ near &lt; range
     * @param rangeMetres where it ends
     */
    public Band band(double nearMetres, double rangeMetres) {
      Coordinate[] far = arc(rangeMetres);
      List<Polygon> added = convexFans(far);
      if (nearMetres <= 0) {
        return new Band(fan(far), ConvexSum.of(added, List.of()));
      }
      Coordinate[] near = arc(nearMetres);
      Polygon shape;
      if (disc) {
        shape = factory.createPolygon(factory.createLinearRing(closed(far)), new LinearRing[] {
            factory.createLinearRing(closed(near))});
      } else {
        // the arcs' own vertices, as the sector's ring holds them: the convex pieces hold copies
        Coordinate[] ring = new Coordinate[far.length + near.length + 1];
        System.arraycopy(far, 0, ring, 0, far.length);
        for (int i = 0; i < near.length; i++) {
          ring[far.length + i] = near[near.length - 1 - i];
        }
        ring[ring.length - 1] = far[0].copy();
        shape = polygon(ring);
      }
      return new Band(shape, ConvexSum.of(added, convexFans(near)));
    }

    /** The arc's vertices at a distance: one round without the closing vertex for a disc, end to end for a sector. */
    private Coordinate[] arc(double rangeMetres) {
      int steps = stepsFor(span, rangeMetres);
      Coordinate[] arc = new Coordinate[disc ? steps : steps + 1];
      if (steps != bearingSteps) {
        bearings(steps, arc.length);
      }
      for (int i = 0; i < arc.length; i++) {
        double metresEast = rangeMetres * sines[i];
        double metresNorth = rangeMetres * cosines[i];
        arc[i] = new Coordinate(
            camera.x + xPerEast * metresEast + xPerNorth * metresNorth,
            camera.y + yPerEast * metresEast + yPerNorth * metresNorth);
      }
      return arc;
    }

    /**
     * The sines and cosines of an arc's bearings, kept for the next arc of as many steps: a
     * camera's arcs out to 65 m (its near edges, and most ranges) all step by 2°, and their
     * trigonometry was a twentieth of a city's checking.
     */
    private void bearings(int steps, int vertices) {
      sines = new double[vertices];
      cosines = new double[vertices];
      for (int i = 0; i < vertices; i++) {
        double azimuth = Math.toRadians(start + span * i / steps);
        sines[i] = Math.sin(azimuth);
        cosines[i] = Math.cos(azimuth);
      }
      bearingSteps = steps;
    }

    /** The sector out to an arc, or the disc it closes. */
    private Polygon fan(Coordinate[] arc) {
      if (disc) {
        return factory.createPolygon(closed(arc));
      }
      Coordinate[] ring = new Coordinate[arc.length + 2];
      ring[0] = camera.copy();
      for (int i = 0; i < arc.length; i++) {
        ring[i + 1] = arc[i];
      }
      ring[ring.length - 1] = camera.copy();
      return polygon(ring);
    }

    /**
     * A polygon of a ring made of the camera's copies and arc vertices, which all share a kind of
     * coordinate: the sequence takes the first two's dimensions, those JTS would find by asking
     * every vertex (3 % of a sparse city's samples).
     */
    private Polygon polygon(Coordinate[] ring) {
      int dimension = Math.max(Coordinates.dimension(ring[0]), Coordinates.dimension(ring[1]));
      int measures = Math.max(Coordinates.measures(ring[0]), Coordinates.measures(ring[1]));
      return factory.createPolygon(new CoordinateArraySequence(ring, dimension, measures));
    }

    /**
     * The sector out to an arc as fans from the camera of at most 180° each, so that each is
     * convex: a sector up to 180° is one, a wider one or a disc is cut along radii at arc
     * vertices.
     */
    private List<Polygon> convexFans(Coordinate[] arc) {
      int chords = disc ? arc.length : arc.length - 1;
      int perFan = Math.max(1, (int) Math.floor(180.0 * chords / span));
      if (!disc && chords <= perFan) {
        return List.of(fan(arc));
      }
      List<Polygon> fans = new ArrayList<>();
      for (int from = 0; from < chords; from += perFan) {
        int to = Math.min(chords, from + perFan);
        Coordinate[] ring = new Coordinate[to - from + 3];
        ring[0] = camera.copy();
        for (int i = from; i <= to; i++) {
          ring[i - from + 1] = arc[i % arc.length].copy();
        }
        ring[ring.length - 1] = camera.copy();
        fans.add(polygon(ring));
      }
      return fans;
    }
  }

  private static Coordinate[] closed(Coordinate[] arc) {
    Coordinate[] ring = Arrays.copyOf(arc, arc.length + 1);
    ring[arc.length] = arc[0].copy();
    return ring;
  }

  /** How many chords the arc needs so that none strays more than the tolerance from it. */
  static int stepsFor(double spanDegrees, double rangeMetres) {
    double step = Math.min(MAX_STEP_RADIANS, Math.sqrt(8 * CHORD_TOLERANCE_METRES / rangeMetres));
    return Math.max(spanDegrees >= 360 ? 8 : 1, (int) Math.ceil(Math.toRadians(spanDegrees) / step));
  }
}
