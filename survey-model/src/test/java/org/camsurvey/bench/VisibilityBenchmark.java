package org.camsurvey.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.camsurvey.geo.FieldOfView;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.Visibility;
import org.camsurvey.geo.WallIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Times occluded fields of view: CAMERAS cameras among WALLS wall segments laid out as the
 * rooms and corridors of a dense district (a grid of 4-6 m rooms with door gaps), deterministic
 * from a seed. A benchmark, not a test: run it with bench/visibility.sh.
 *
 * <p>usage: VisibilityBenchmark [CAMERAS] [WALLS] [SEED]
 */
public final class VisibilityBenchmark {
  private VisibilityBenchmark() {}

  public static void main(String[] args) {
    int cameras = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int walls = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2009;
    Random random = new Random(seed);
    LocalFrame frame = LocalFrame.around(106.55, 29.56);
    GeometryFactory factory = frame.geometryFactory();

    // Rooms on a jittered grid: each cell gets its south and west wall, with a 0.9 m door gap in
    // most of them, until the wall budget is spent.
    List<Geometry> obstacles = new ArrayList<>(walls);
    int side = (int) Math.ceil(Math.sqrt(walls / 3.0));
    double cell = 5;
    int made = 0;
    for (int i = 0; made < walls; i++) {
      double x = (i % side) * cell;
      double y = (i / side) * cell;
      double door = 1 + random.nextDouble() * 2.5;
      boolean open = random.nextDouble() < 0.7;
      obstacles.add(line(factory, x, y, x + (open ? door : cell), y));
      made++;
      if (open && made < walls) {
        obstacles.add(line(factory, x + door + 0.9, y, x + cell, y));
        made++;
      }
      if (made < walls) {
        obstacles.add(line(factory, x, y, x, y + cell));
        made++;
      }
    }
    double extent = side * cell;
    long indexStart = System.nanoTime();
    WallIndex index = WallIndex.of(obstacles);
    long indexNanos = System.nanoTime() - indexStart;

    List<double[]> setups = new ArrayList<>(cameras);
    for (int i = 0; i < cameras; i++) {
      setups.add(new double[] {
        random.nextDouble() * extent, random.nextDouble() * extent, random.nextDouble() * 360,
        random.nextDouble() < 0.1 ? 360 : 40 + random.nextDouble() * 80, 10 + random.nextDouble() * 50});
    }
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      long segmentsConsidered = 0;
      double visibleArea = 0;
      double sectorArea = 0;
      for (double[] s : setups) {
        Coordinate at = new Coordinate(s[0], s[1]);
        Polygon sector = FieldOfView.sector(frame, at, s[2], s[3], s[4]);
        var near = index.near(sector.getEnvelopeInternal());
        segmentsConsidered += near.size();
        Polygon visible = Visibility.sight(sector, at, s[3] >= 360, near).visible();
        visibleArea += visible.getArea();
        sectorArea += sector.getArea();
      }
      long nanos = System.nanoTime() - start;
      System.out.printf("round %d: %,d occluded fields of view among %,d wall segments in %.2f s "
              + "(%.1f µs each; %.0f walls near a view on average; %.1f%% of the sectors' area visible)%n",
          round + 1, cameras, made, nanos / 1e9, nanos / 1e3 / cameras, (double) segmentsConsidered / cameras,
          100 * visibleArea / sectorArea);
    }
    System.out.printf("wall index built in %.2f s over a %.1f km square%n", indexNanos / 1e9, extent / 1000);
  }

  private static Geometry line(GeometryFactory factory, double x0, double y0, double x1, double y1) {
    return factory.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
  }
}
