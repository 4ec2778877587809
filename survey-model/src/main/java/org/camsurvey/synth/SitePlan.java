package org.camsurvey.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One site laid out in its own metres: u across, v up; the site's public part (rows of mandated
 * zones, each watched by a line of cameras looking down the page) below, its private rooms
 * (forbidden zones) above, beyond a corridor no compliant camera looks into. Cameras facing
 * down with an angle under 180° never see above their own line, so a site complies unless one of
 * its defects is drawn: a camera turned towards the rooms, a camera put inside a room, or a zone
 * deeper than its cameras reach.
 */
final class SitePlan {
  /** Widest and tallest a site may be, so that sites in their cells stay far enough apart. */
  static final double MAX_SIDE = 140;
  static final double MARGIN = 4;
  static final double SLOT_GAP = 3;
  private static final double AISLE = 2.5;
  /** Between the last camera line and the rooms: farther than a fisheye reaches from its hall. */
  private static final double CORRIDOR = 12;
  private static final int MAX_CAMERAS_PER_ZONE = 8;
  private static final int MAX_CAMERAS_PER_FREE_SLOT = 6;
  /** The share of its near edge's width a camera's strip takes, so that neighbouring wedges overlap. */
  static final double STRIP_SHARE = 0.85;
  static final double OBSERVE_PIXELS_PER_METRE = 62.5;

  /** Rates of the defects, per camera or per zone. */
  static final double TURNED_RATE = 0.015;
  static final double INSIDE_RATE = 0.002;
  static final double SHALLOW_COVER_RATE = 0.02;
  private static final double FISHEYE_RATE = 0.08;
  private static final double NO_TILT_RATE = 0.1;
  private static final double WALL_RATE = 0.3;
  private static final double BUILDING_RATE = 0.2;

  /** A lens: horizontal resolution and angle, with how often installers choose it. */
  record Lens(int resolution, double hfov, int weight) {}

  private static final List<Lens> LENSES = List.of(
      new Lens(1920, 90, 20), new Lens(1920, 70, 20), new Lens(1920, 60, 10), new Lens(2560, 90, 15),
      new Lens(2560, 100, 5), new Lens(1280, 60, 8), new Lens(1280, 80, 4), new Lens(3840, 100, 8),
      new Lens(3840, 80, 10));

  private static final List<Double> RANGES = List.of(20.0, 30.0, 40.0, 50.0);

  record Camera(double u, double v, double headingDegrees, double hfovDegrees, double rangeMetres, Integer resolution,
      Double heightMetres, Double tiltDegrees, String type) {}

  record Zone(double u0, double v0, double u1, double v1, boolean mandated, String item, String name, Double minCover) {}

  /** A wall (an open line through the points) or a building (a closed ring). */
  record Obstacle(double[] uv, boolean building) {}

  final double width;
  final double height;
  final List<Camera> cameras;
  final List<Zone> zones;
  final List<Obstacle> obstacles;

  SitePlan(double width, double height, List<Camera> cameras, List<Zone> zones, List<Obstacle> obstacles) {
    this.width = width;
    this.height = height;
    this.cameras = cameras;
    this.zones = zones;
    this.obstacles = obstacles;
  }

  /** A group of cameras in a line, watching one mandated zone, or none (an aisle, a perimeter). */
  private static final class Slot {
    Lens lens;
    double setback;
    double depth;
    double zoneDepth;
    double strip;
    double range;
    Double height;
    Double tilt;
    int strips;
    boolean fisheye;
    SiteKind.Place place;
    Double minCover;
    double u;

    double width() {
      return strips * strip;
    }
  }

  /**
   * Lays a site out, or returns null when it does not fit in {@link #MAX_SIDE} (the caller tries
   * again with fewer cameras).
   */
  static SitePlan of(SplittableRandom random, SiteKind kind, int cameraCount, double zonesPerCamera) {
    int zoneCount = randomRound(random, cameraCount * zonesPerCamera);
    int mandated = Math.min(randomRound(random, zoneCount * kind.mandatedShare), cameraCount);
    int forbidden = zoneCount - mandated;

    List<Slot> slots = new ArrayList<>();
    int[] perZone = new int[mandated];
    Arrays.fill(perZone, 1);
    int rest = cameraCount - mandated;
    int room = mandated * (MAX_CAMERAS_PER_ZONE - 1);
    for (int toZones = Math.min(rest, room); toZones > 0; ) {
      int z = random.nextInt(mandated);
      if (perZone[z] < MAX_CAMERAS_PER_ZONE) {
        perZone[z]++;
        toZones--;
        rest--;
      }
    }
    for (int z = 0; z < mandated; z++) {
      Slot slot = slot(random, kind, perZone[z]);
      slot.place = kind.places.get(random.nextInt(kind.places.size()));
      slot.minCover = random.nextDouble() < 0.05 ? 0.8 : null;
      if (random.nextDouble() < SHALLOW_COVER_RATE) {
        slot.zoneDepth = slot.depth + 8 + random.nextDouble() * 8;
      }
      slots.add(slot);
    }
    while (rest > 0) {
      int n = Math.min(rest, 1 + random.nextInt(MAX_CAMERAS_PER_FREE_SLOT));
      Slot slot = slot(random, kind, n);
      // an aisle or a perimeter has no hall to hang a fisheye in: every camera takes a strip
      slot.fisheye = false;
      slot.strips = n;
      slots.add(slot);
      rest -= n;
    }

    List<Camera> cameras = new ArrayList<>(cameraCount);
    List<Zone> zones = new ArrayList<>(zoneCount);
    double inner = MAX_SIDE - 2 * MARGIN;
    double widest = 0;
    double bottom = MARGIN;
    int i = 0;
    double lastCameraLine = MARGIN;
    while (i < slots.size()) {
      List<Slot> row = new ArrayList<>();
      double rowWidth = 0;
      while (i < slots.size() && (row.isEmpty() || rowWidth + SLOT_GAP + slots.get(i).width() <= inner)) {
        Slot s = slots.get(i++);
        rowWidth += (row.isEmpty() ? 0 : SLOT_GAP) + s.width();
        row.add(s);
      }
      double top = bottom + row.stream().mapToDouble(s -> s.zoneDepth).max().orElse(0);
      double u = MARGIN;
      double highestCamera = top;
      for (Slot s : row) {
        s.u = u;
        layOut(random, s, top, cameras, zones);
        highestCamera = Math.max(highestCamera, top + s.setback);
        u += s.width() + SLOT_GAP;
      }
      widest = Math.max(widest, rowWidth);
      lastCameraLine = highestCamera;
      bottom = highestCamera + AISLE;
    }

    List<Obstacle> obstacles = new ArrayList<>();
    double siteTop = lastCameraLine + MARGIN;
    if (forbidden > 0) {
      double wingBottom = lastCameraLine + CORRIDOR;
      List<Zone> rooms = rooms(random, kind, forbidden, wingBottom, inner);
      double wingTop = rooms.stream().mapToDouble(Zone::v1).max().orElse(wingBottom);
      double wingWidth = rooms.stream().mapToDouble(Zone::u1).max().orElse(MARGIN) - MARGIN;
      widest = Math.max(widest, wingWidth);
      siteTop = wingTop + MARGIN;
      zones.addAll(rooms);
      defects(random, cameras, rooms);
      double draw = random.nextDouble();
      if (draw < WALL_RATE) {
        obstacles.addAll(wall(random, wingBottom - 1, MARGIN, MARGIN + widest));
      } else if (draw < WALL_RATE + BUILDING_RATE) {
        double u0 = MARGIN - 1;
        double u1 = MARGIN + widest + 1;
        double v0 = wingBottom - 1;
        double v1 = wingTop + 1;
        obstacles.add(new Obstacle(new double[] {u0, v0, u1, v0, u1, v1, u0, v1, u0, v0}, true));
      }
    }
    double width = widest + 2 * MARGIN;
    if (width > MAX_SIDE || siteTop > MAX_SIDE) {
      return null;
    }
    return new SitePlan(width, siteTop, cameras, zones, obstacles);
  }

  /** A slot's lens, distances and mounting, so that its cameras see its zone whole at observe quality. */
  private static Slot slot(SplittableRandom random, SiteKind kind, int cameraCount) {
    Slot s = new Slot();
    s.lens = lens(random, LENSES);
    double halfAngle = Math.tan(Math.toRadians(s.lens.hfov / 2));
    double reach = s.lens.resolution / (2 * OBSERVE_PIXELS_PER_METRE * halfAngle);
    s.setback = 4 + random.nextDouble();
    s.depth = Math.max(3, Math.min(4 + random.nextDouble() * 18, reach - s.setback - 1.5));
    s.zoneDepth = s.depth;
    s.strip = 2 * s.setback * halfAngle * STRIP_SHARE;
    double needed = s.setback + s.depth + 2;
    double longest = RANGES.get(RANGES.size() - 1);
    double range = longest;
    for (double r : RANGES) {
      if (r >= needed) {
        range = r;
        break;
      }
    }
    s.range = random.nextDouble() < 0.3 && range < longest ? range + 10 : range;
    s.fisheye = kind.indoor && cameraCount >= 2 && random.nextDouble() < FISHEYE_RATE;
    s.strips = s.fisheye ? cameraCount - 1 : cameraCount;
    Mounting mounting = Mounting.draw(random, halfAngle, s.setback, needed);
    if (mounting != null) {
      s.height = mounting.heightMetres();
      s.tilt = mounting.tiltDegrees();
    }
    return s;
  }

  /** A camera's mounting height and downward tilt. */
  record Mounting(double heightMetres, double tiltDegrees) {
    /**
     * Drawn so that the ground band under the camera ends before a zone that begins this close
     * (its setback) and reaches at least this far (needed); null for a camera mounted without
     * tilt, or where no tilt does both.
     */
    static Mounting draw(SplittableRandom random, double halfAngleTan, double setback, double needed) {
      if (random.nextDouble() < NO_TILT_RATE) {
        return null;
      }
      double h = Math.round((2.5 + random.nextDouble() * 2) * 10) / 10.0;
      double halfVertical = Math.toDegrees(Math.atan(halfAngleTan * 9 / 16));
      double least = Math.toDegrees(Math.atan(h / (setback - 0.3))) - halfVertical;
      double most = Math.toDegrees(Math.atan(h / needed)) + halfVertical;
      if (!(least <= most && most > 0)) {
        return null;
      }
      double tilt = Math.max(least, 0) + (most - Math.max(least, 0)) / 2;
      double rounded = Math.round(tilt);
      return new Mounting(h, rounded >= least && rounded <= most ? rounded : Math.round(tilt * 10) / 10.0);
    }
  }

  /** Puts a slot's zone and cameras on the page: the zone below the row's top, the cameras above it, looking down. */
  private static void layOut(SplittableRandom random, Slot s, double top, List<Camera> cameras, List<Zone> zones) {
    double cameraLine = top + s.setback;
    for (int k = 0; k < s.strips; k++) {
      double u = s.u + (k + 0.5) * s.strip;
      double heading = 180 + (random.nextDouble() - 0.5) * 4;
      cameras.add(new Camera(u, cameraLine, heading, s.lens.hfov, s.range, s.lens.resolution, s.height, s.tilt,
          random.nextDouble() < 0.3 ? "dome" : "fixed"));
    }
    if (s.place != null) {
      zones.add(new Zone(s.u, top - s.zoneDepth, s.u + s.width(), top, true, s.place.item(), s.place.name(), s.minCover));
      if (s.fisheye) {
        double range = 6 + random.nextInt(3);
        cameras.add(new Camera(s.u + s.width() / 2, top - s.zoneDepth / 2, 0, 360, range, null, 3.0, null, "fisheye"));
      }
    }
  }

  /** The private rooms, packed in rows above the corridor, numbered like rooms on a floor. */
  private static List<Zone> rooms(SplittableRandom random, SiteKind kind, int count, double bottom, double inner) {
    List<Zone> rooms = new ArrayList<>(count);
    double u = MARGIN;
    double rowBottom = bottom;
    double rowDepth = 0;
    int floor = 1 + random.nextInt(5);
    for (int r = 0; r < count; r++) {
      SiteKind.Room template = kind.rooms.get(random.nextInt(kind.rooms.size()));
      double w = side(random, template);
      double d = side(random, template);
      if (u + w > MARGIN + inner) {
        u = MARGIN;
        rowBottom += rowDepth + 1.8;
        rowDepth = 0;
        floor++;
      }
      String name = floor + String.format("%02d", r + 1) + template.name();
      rooms.add(new Zone(u, rowBottom, u + w, rowBottom + d, false, template.item(), name, null));
      u += w + 0.2;
      rowDepth = Math.max(rowDepth, d);
    }
    return rooms;
  }

  static double side(SplittableRandom random, SiteKind.Room room) {
    return Math.round((room.minSide() + random.nextDouble() * (room.maxSide() - room.minSide())) * 10) / 10.0;
  }

  /** Turns some cameras towards the rooms, and puts a few inside one. */
  private static void defects(SplittableRandom random, List<Camera> cameras, List<Zone> rooms) {
    for (int c = 0; c < cameras.size(); c++) {
      Camera camera = cameras.get(c);
      if (camera.hfovDegrees() >= 180) {
        continue;
      }
      double draw = random.nextDouble();
      if (draw < INSIDE_RATE) {
        Zone room = rooms.get(random.nextInt(rooms.size()));
        // mounted low, untilted, as cameras hidden in rooms are: no blind band under them
        cameras.set(c, new Camera((room.u0() + room.u1()) / 2, (room.v0() + room.v1()) / 2, random.nextInt(360), 90,
            10, 1920, null, null, "dome"));
      } else if (draw < INSIDE_RATE + TURNED_RATE) {
        double heading = (360 + (random.nextDouble() - 0.5) * 60) % 360;
        cameras.set(c, new Camera(camera.u(), camera.v(), heading, camera.hfovDegrees(), camera.rangeMetres(),
            camera.resolution(), camera.heightMetres(), camera.tiltDegrees(), camera.type()));
      }
    }
  }

  /** A wall across the site at v, with one or two doors of 1.2 m: its pieces. */
  private static List<Obstacle> wall(SplittableRandom random, double v, double from, double to) {
    int doors = 1 + random.nextInt(2);
    List<Obstacle> pieces = new ArrayList<>();
    double start = from;
    for (int d = 0; d < doors; d++) {
      double span = (to - from) / doors;
      double door = from + d * span + 1 + random.nextDouble() * Math.max(0, span - 3.2);
      if (door > start) {
        pieces.add(new Obstacle(new double[] {start, v, door, v}, false));
      }
      start = door + 1.2;
    }
    if (to > start) {
      pieces.add(new Obstacle(new double[] {start, v, to, v}, false));
    }
    return pieces;
  }

  /** A lens drawn by the lenses' weights. */
  static Lens lens(SplittableRandom random, List<Lens> lenses) {
    int total = lenses.stream().mapToInt(Lens::weight).sum();
    int pick = random.nextInt(total);
    for (Lens lens : lenses) {
      pick -= lens.weight();
      if (pick < 0) {
        return lens;
      }
    }
    throw new AssertionError();
  }

  /** x rounded down or up at random, so that the counts average x. */
  static int randomRound(SplittableRandom random, double x) {
    int floor = (int) Math.floor(x);
    return floor + (random.nextDouble() < x - floor ? 1 : 0);
  }
}
