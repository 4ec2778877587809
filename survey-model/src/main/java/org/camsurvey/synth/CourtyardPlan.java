package org.camsurvey.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A dense site ({@link CityProfile#DENSE}) laid out in its own metres: a square court with the
 * site's private rooms (forbidden zones) in its middle, and on its four sides the mandated zones,
 * each watched by a line of cameras standing behind it and looking across the court. A camera
 * thus sees its own zone whole at observe quality, as on a sparse site, and on at detect quality
 * to the rooms and the zones beyond: its view meets about every zone of its site, and most
 * cameras see a room (Art. 9), unless a building encloses the rooms. A share of mandated zones is
 * drawn short of cover: deeper than their cameras reach at observe quality.
 */
final class CourtyardPlan {
  /** The share of a dense site's zones that are forbidden. */
  private static final double FORBIDDEN_SHARE = 0.3;
  /** The share of mandated zones drawn deeper than their cameras watch. */
  private static final double SHORT_COVER_RATE = 0.5;
  /**
   * The deepest such a zone is drawn, so that the court still fits its cell; a lens that
   * observes farther (3840 px at 80°) leaves it covered.
   */
  private static final double MAX_SHORT_DEPTH = 30;
  /** Ranges are drawn in steps of 10 m, as far as a camera must see across its court. */
  private static final double RANGE_STEP = 10;
  private static final double MIN_RANGE = 20;
  private static final double MAX_RANGE = 80;

  /**
   * A newer city's lenses, 2 to 8 megapixels: each reaches detect quality across a court (43 to
   * 91 m), so that a camera's view meets the zones on the court's far side.
   */
  private static final List<SitePlan.Lens> LENSES = List.of(
      new SitePlan.Lens(1920, 70, 20), new SitePlan.Lens(1920, 60, 15), new SitePlan.Lens(2560, 90, 25),
      new SitePlan.Lens(2560, 100, 10), new SitePlan.Lens(3840, 100, 15), new SitePlan.Lens(3840, 80, 15));
  /** The share of sites whose rooms stand in a building, out of every camera's sight. */
  private static final double ENCLOSED_RATE = 0.15;
  private static final int MAX_CAMERAS_PER_ZONE = 8;
  private static final int MAX_CAMERAS_PER_FREE_SLOT = 4;
  /** The widest a row of rooms in the court's middle grows. */
  private static final double ROOM_ROW = 18;
  /** Between the rooms and the zones' inner edges. */
  private static final double CLEARANCE = 2;

  private CourtyardPlan() {}

  /** Cameras on one side of the court, watching one mandated zone, or none. */
  private static final class Slot {
    SitePlan.Lens lens;
    double setback;
    double depth;
    double zoneDepth;
    double observeReach;
    double strip;
    int strips;
    SiteKind.Place place;
    Double minCover;
    int side;
    double start;

    double width() {
      return strips * strip;
    }
  }

  /** Lays a site out, or returns null when it does not fit in {@link SitePlan#MAX_SIDE}. */
  static SitePlan of(SplittableRandom random, SiteKind kind, int cameraCount, double zonesPerCamera) {
    int zoneCount = SitePlan.randomRound(random, cameraCount * zonesPerCamera);
    int forbidden = SitePlan.randomRound(random, zoneCount * FORBIDDEN_SHARE);
    int mandated = Math.min(zoneCount - forbidden, cameraCount);

    int[] perZone = new int[mandated];
    int rest = cameraCount - mandated;
    for (int z = 0; z < mandated; z++) {
      perZone[z] = 1;
    }
    for (int toZones = Math.min(rest, mandated * (MAX_CAMERAS_PER_ZONE - 1)); toZones > 0; ) {
      int z = random.nextInt(mandated);
      if (perZone[z] < MAX_CAMERAS_PER_ZONE) {
        perZone[z]++;
        toZones--;
        rest--;
      }
    }
    List<Slot> slots = new ArrayList<>();
    for (int z = 0; z < mandated; z++) {
      Slot s = slot(random, perZone[z]);
      s.place = kind.places.get(random.nextInt(kind.places.size()));
      s.minCover = random.nextDouble() < 0.05 ? 0.8 : null;
      if (random.nextDouble() < SHORT_COVER_RATE) {
        // deeper than its cameras reach at observe quality (a lens too wide or a sensor too
        // coarse for the zone), within what a court holds
        s.zoneDepth = Math.min(MAX_SHORT_DEPTH, (s.observeReach - s.setback) * (1.15 + random.nextDouble() * 0.3));
      }
      slots.add(s);
    }
    while (rest > 0) {
      int n = Math.min(rest, 1 + random.nextInt(MAX_CAMERAS_PER_FREE_SLOT));
      Slot s = slot(random, n);
      s.zoneDepth = 0;
      slots.add(s);
      rest -= n;
    }

    // the sides, each holding its slots side by side along it, centred
    double[] sideWidth = new double[4];
    double[] sideDepth = new double[4];
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      s.side = i % 4;
      s.start = sideWidth[s.side] + (sideWidth[s.side] > 0 ? SitePlan.SLOT_GAP : 0);
      sideWidth[s.side] = s.start + s.width();
      sideDepth[s.side] = Math.max(sideDepth[s.side], s.zoneDepth);
    }
    List<SitePlan.Zone> rooms = rooms(random, kind, forbidden);
    double roomsHalf = 0;
    for (SitePlan.Zone r : rooms) {
      roomsHalf = Math.max(roomsHalf, Math.max(Math.max(-r.u0(), r.u1()), Math.max(-r.v0(), r.v1())));
    }
    double widestSide = 0;
    for (double w : sideWidth) {
      widestSide = Math.max(widestSide, w);
    }
    // The zones' inner edges lie this far from the court's centre: room for the rooms, and every
    // side's zones within the square the others leave free, so that no two meet at a corner.
    // Each side's cameras stand as near as its own zones' depth allows.
    double inner = Math.max(roomsHalf + CLEARANCE, widestSide / 2 + SitePlan.SLOT_GAP);
    double centre = 0;
    for (Slot s : slots) {
      centre = Math.max(centre, inner + sideDepth[s.side] + s.setback + SitePlan.MARGIN);
    }
    if (2 * centre > SitePlan.MAX_SIDE) {
      return null;
    }

    List<SitePlan.Camera> cameras = new ArrayList<>(cameraCount);
    List<SitePlan.Zone> zones = new ArrayList<>(zoneCount);
    for (Slot s : slots) {
      Side side = new Side(s.side, centre);
      double lateral0 = s.start - sideWidth[s.side] / 2;
      double halfAngle = Math.tan(Math.toRadians(s.lens.hfov() / 2));
      double edge = inner + sideDepth[s.side];
      double cameraLine = edge + s.setback;
      // far enough to see across the court, past the rooms, to the far side's zones
      double needed = cameraLine + inner + 1;
      double range = Math.max(MIN_RANGE, Math.min(MAX_RANGE, Math.ceil(needed / RANGE_STEP) * RANGE_STEP));
      SitePlan.Mounting mounting = SitePlan.Mounting.draw(random, halfAngle, s.setback, needed);
      for (int k = 0; k < s.strips; k++) {
        double[] at = side.page(lateral0 + (k + 0.5) * s.strip, cameraLine);
        double heading = side.headingDegrees() + (random.nextDouble() - 0.5) * 4;
        cameras.add(new SitePlan.Camera(at[0], at[1], (heading + 360) % 360, s.lens.hfov(), range,
            s.lens.resolution(), mounting == null ? null : mounting.heightMetres(),
            mounting == null ? null : mounting.tiltDegrees(), random.nextDouble() < 0.3 ? "dome" : "fixed"));
      }
      if (s.place != null) {
        double[] a = side.page(lateral0, edge - s.zoneDepth);
        double[] b = side.page(lateral0 + s.width(), edge);
        zones.add(new SitePlan.Zone(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
            Math.max(a[1], b[1]), true, s.place.item(), s.place.name(), s.minCover));
      }
    }
    List<SitePlan.Obstacle> obstacles = new ArrayList<>();
    for (SitePlan.Zone r : rooms) {
      zones.add(new SitePlan.Zone(centre + r.u0(), centre + r.v0(), centre + r.u1(), centre + r.v1(), false, r.item(),
          r.name(), null));
    }
    if (!rooms.isEmpty()) {
      inside(random, cameras, zones.subList(zones.size() - rooms.size(), zones.size()));
      if (random.nextDouble() < ENCLOSED_RATE) {
        double lo = centre - roomsHalf - 0.5;
        double hi = centre + roomsHalf + 0.5;
        obstacles.add(new SitePlan.Obstacle(new double[] {lo, lo, hi, lo, hi, hi, lo, hi, lo, lo}, true));
      }
    }
    return new SitePlan(2 * centre, 2 * centre, cameras, zones, obstacles);
  }

  /** A slot's lens and distances, so that its cameras see a zone of its depth whole at observe quality. */
  private static Slot slot(SplittableRandom random, int cameraCount) {
    Slot s = new Slot();
    s.lens = SitePlan.lens(random, LENSES);
    double halfAngle = Math.tan(Math.toRadians(s.lens.hfov() / 2));
    s.observeReach = s.lens.resolution() / (2 * SitePlan.OBSERVE_PIXELS_PER_METRE * halfAngle);
    s.setback = 4 + random.nextDouble();
    s.depth = Math.max(3, Math.min(3 + random.nextDouble() * 6, s.observeReach - s.setback - 1.5));
    s.zoneDepth = s.depth;
    s.strip = 2 * s.setback * halfAngle * SitePlan.STRIP_SHARE;
    s.strips = cameraCount;
    return s;
  }

  /** The rooms, packed in rows around the court's centre (0, 0), numbered like rooms on a floor. */
  private static List<SitePlan.Zone> rooms(SplittableRandom random, SiteKind kind, int count) {
    List<double[]> sizes = new ArrayList<>(count);
    List<SiteKind.Room> templates = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      SiteKind.Room template = kind.rooms.get(random.nextInt(kind.rooms.size()));
      templates.add(template);
      sizes.add(new double[] {SitePlan.side(random, template), SitePlan.side(random, template)});
    }
    // rows of at most ROOM_ROW, then the whole block centred
    List<double[]> placed = new ArrayList<>(count);
    double u = 0;
    double v = 0;
    double rowDepth = 0;
    double width = 0;
    for (double[] size : sizes) {
      if (u > 0 && u + size[0] > ROOM_ROW) {
        u = 0;
        v += rowDepth + 1.8;
        rowDepth = 0;
      }
      placed.add(new double[] {u, v, u + size[0], v + size[1]});
      width = Math.max(width, u + size[0]);
      u += size[0] + 0.2;
      rowDepth = Math.max(rowDepth, size[1]);
    }
    double height = v + rowDepth;
    int floor = 1 + random.nextInt(5);
    List<SitePlan.Zone> rooms = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      double[] p = placed.get(r);
      SiteKind.Room template = templates.get(r);
      rooms.add(new SitePlan.Zone(p[0] - width / 2, p[1] - height / 2, p[2] - width / 2, p[3] - height / 2, false,
          template.item(), floor + String.format("%02d", r + 1) + template.name(), null));
    }
    return rooms;
  }

  /** Puts a few cameras inside a room, mounted low and untilted as cameras hidden in rooms are. */
  private static void inside(SplittableRandom random, List<SitePlan.Camera> cameras, List<SitePlan.Zone> rooms) {
    for (int c = 0; c < cameras.size(); c++) {
      if (random.nextDouble() < SitePlan.INSIDE_RATE) {
        SitePlan.Zone room = rooms.get(random.nextInt(rooms.size()));
        cameras.set(c, new SitePlan.Camera((room.u0() + room.u1()) / 2, (room.v0() + room.v1()) / 2,
            random.nextInt(360), 90, 10, 1920, null, null, "dome"));
      }
    }
  }

  /**
   * One side of the court: south (0), east, north, west, turning anticlockwise; a point given
   * along the side (lateral, left to right seen from the court) and out from the centre put on
   * the page, whose centre is the court's.
   */
  private record Side(int index, double centre) {
    double[] page(double lateral, double out) {
      return switch (index) {
        case 0 -> new double[] {centre + lateral, centre - out};
        case 1 -> new double[] {centre + out, centre + lateral};
        case 2 -> new double[] {centre - lateral, centre + out};
        default -> new double[] {centre - out, centre - lateral};
      };
    }

    /** Which way its cameras look: across the court, from the page's north. */
    double headingDegrees() {
      return switch (index) {
        case 0 -> 0;
        case 1 -> 270;
        case 2 -> 180;
        default -> 90;
      };
    }
  }
}
