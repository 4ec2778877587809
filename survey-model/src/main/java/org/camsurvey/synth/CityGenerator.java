package org.camsurvey.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.camsurvey.geo.Crs;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.rules.Art15FilingRule;
import org.camsurvey.write.StreamingGeoPackageWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Makes a synthetic city: sites clustered around the centres of Chongqing's districts, each
 * with its cameras, its mandated and forbidden zones and at some its walls, written site by site
 * to GeoPackages in CGCS2000 / 3-degree Gauss-Krüger CM 108E (EPSG:4545), the CRS of
 * municipal-wide Chongqing data (its 105.2–110.2°E lie within 3° of 108°E).
 *
 * <p>Deterministic: every site draws from its own generator, seeded from the city's seed, its
 * district and its number, and sites are placed on a fixed grid by a hash of the seed and the
 * cell; the same spec gives the same bytes. Memory does not grow with the city: one site is
 * held at a time, and the grid's occupancy is a fixed bitmap over the municipality.
 *
 * <p>Most cameras comply; defects are drawn at rates like a real export's, so that every rule
 * family fires somewhere: cameras turned towards private rooms or put inside one (Art. 9),
 * zones deeper than their cameras reach (Art. 8), no sign and PTZ cameras (Art. 10), systems not
 * filed or filed late (Art. 15), short retention and part-time recording (Art. 19). A site is
 * laid out by its {@link CityProfile}: in a dense city most cameras see a private room.
 */
public final class CityGenerator {
  /** The CRS the city is written in. */
  public static final String CRS = "EPSG:4545";
  /** A day the survey could have been made: no date in the city is later. */
  static final LocalDate SURVEYED = LocalDate.of(2024, 6, 30);
  private static final LocalDate EARLIEST = LocalDate.of(2005, 1, 1);
  private static final StreamingGeoPackageWriter.SpatialReference SRS = new StreamingGeoPackageWriter.SpatialReference(
      4545, "CGCS2000 / 3-degree Gauss-Kruger CM 108E", "EPSG", 4545,
      "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 108E\",GEOGCS[\"China Geodetic Coordinate System 2000\","
          + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
          + "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4490\"]],"
          + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
          + "PARAMETER[\"central_meridian\",108],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],"
          + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
          + "AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],AUTHORITY[\"EPSG\",\"4545\"]]");
  private static final List<LayerSchema> LAYERS =
      List.of(LayerSchema.SITES, LayerSchema.CAMERAS, LayerSchema.ZONES, LayerSchema.OBSTACLES);

  /** A site's cell on the grid, in metres; sites are at most {@link SitePlan#MAX_SIDE} wide. */
  private static final double CELL = 240;
  /** The least gap between two sites: more than any camera's range, so no view reaches a neighbour. */
  private static final double GAP = 80;
  /** The grid's extent in EPSG:4545: the municipality, 105.2–110.2°E, 28.2–32.2°N, with room to spare. */
  private static final double GRID_WEST = 200_000;
  private static final double GRID_SOUTH = 3_080_000;
  private static final int GRID_COLUMNS = (int) ((780_000 - GRID_WEST) / CELL);
  private static final int GRID_ROWS = (int) ((3_600_000 - GRID_SOUTH) / CELL);
  /** Far from any centre, this share of cells still holds a site (towns, roads). */
  private static final double RURAL_SHARE = 0.03;
  private static final double CORE_SHARE = 0.9;

  private static final List<String> ROADS = List.of("解放", "民权", "民族", "中山", "人民", "建设", "和平", "新华",
      "长江", "嘉陵", "南滨", "北城", "红旗", "五一", "青年", "沧白", "临江", "大同", "学府", "科园", "石桥", "杨家坪",
      "龙湖", "金开", "星光", "兴盛", "滨江", "望江", "朝阳", "宝圣");

  private final CitySpec spec;
  private final Crs crs = Crs.parse(CRS);
  private final GeometryFactory geometry = new GeometryFactory();

  public CityGenerator(CitySpec spec) {
    this.spec = spec;
  }

  /** Writes the whole city to one GeoPackage. */
  public CitySummary write(Path target) throws IOException {
    try (StreamingGeoPackageWriter writer = StreamingGeoPackageWriter.open(target, SRS, LAYERS)) {
      Tally tally = generate(quota -> writer);
      writer.commit();
      tally.files.add(target);
      return tally.summary();
    }
  }

  /**
   * Writes one GeoPackage per district into the folder, named after its code and pinyin
   * ({@code 500103-yuzhong.gpkg}): the same sites as {@link #write} would, split by district, as
   * a municipal export by district comes.
   */
  public CitySummary writeDistricts(Path folder) throws IOException {
    List<Quota> quotas = quotas();
    Map<District, StreamingGeoPackageWriter> writers = new HashMap<>();
    try {
      for (Quota quota : quotas) {
        writers.put(quota.district(), StreamingGeoPackageWriter.open(folder.resolve(fileName(quota.district())), SRS, LAYERS));
      }
      Tally tally = generate(quota -> writers.get(quota.district()));
      for (Quota quota : quotas) {
        writers.get(quota.district()).commit();
        tally.files.add(folder.resolve(fileName(quota.district())));
      }
      return tally.summary();
    } finally {
      IOException failure = null;
      for (StreamingGeoPackageWriter writer : writers.values()) {
        try {
          writer.close();
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** The files {@link #writeDistricts} would write into the folder, in order. */
  public List<Path> districtFiles(Path folder) {
    return quotas().stream().map(q -> folder.resolve(fileName(q.district()))).toList();
  }

  /** The file {@link #writeDistricts} writes a district to. */
  public static String fileName(District district) {
    return district.code() + "-" + district.pinyin() + ".gpkg";
  }

  /** The districts the city spreads over, in code order, with the cameras each gets; none with none. */
  List<Quota> quotas() {
    List<District> chosen = District.CHONGQING.subList(0, spec.districts());
    long weights = chosen.stream().mapToLong(District::weight).sum();
    long[] cameras = new long[chosen.size()];
    long given = 0;
    for (int d = 0; d < chosen.size(); d++) {
      cameras[d] = spec.cameras() * chosen.get(d).weight() / weights;
      given += cameras[d];
    }
    for (int d = 0; given < spec.cameras(); d++, given++) {
      cameras[d]++;
    }
    List<Quota> quotas = new ArrayList<>();
    for (int d = 0; d < chosen.size(); d++) {
      if (cameras[d] > 0) {
        quotas.add(new Quota(chosen.get(d), cameras[d]));
      }
    }
    quotas.sort(Comparator.comparingInt(q -> q.district().code()));
    return quotas;
  }

  record Quota(District district, long cameras) {}

  /** Counts of what has been written. */
  private static final class Tally {
    final List<Path> files = new ArrayList<>();
    int districts;
    long sites;
    long cameras;
    long mandated;
    long forbidden;
    long obstacles;

    CitySummary summary() {
      return new CitySummary(files, districts, sites, cameras, mandated, forbidden, obstacles);
    }
  }

  /**
   * Places the districts' sites on the grid, each district spiralling out from its centre over
   * the cells that are built on. Whether a cell is built on is the city's, not a district's: the
   * more district centres near it, the likelier (dense in the main city, sparse out of town). The
   * districts take turns, the one furthest from its quota first, so that neighbouring districts
   * grow side by side and each keeps around its own centre.
   */
  private Tally generate(Function<Quota, StreamingGeoPackageWriter> writers) throws IOException {
    Tally tally = new Tally();
    BitSet taken = new BitSet(GRID_COLUMNS * GRID_ROWS);
    List<Growth> growing = new ArrayList<>();
    for (Quota quota : quotas()) {
      growing.add(new Growth(quota, crs.fromLonLat(quota.district().longitude(), quota.district().latitude())));
    }
    tally.districts = growing.size();
    double[][] centres = growing.stream().map(g -> new double[] {g.centreColumn, g.centreRow, g.scale / CELL})
        .toArray(double[][]::new);
    while (true) {
      Growth next = null;
      for (Growth g : growing) {
        if (g.left > 0 && (next == null || g.share() > next.share())) {
          next = g;
        }
      }
      if (next == null) {
        return tally;
      }
      int[] cell = next.nextCell(taken, centres);
      SplittableRandom random = new SplittableRandom(mix(spec.seed(), next.quota.district().code(), next.number));
      next.left -= site(random, next.quota.district(), next.number, cell[0], cell[1], next.left,
          writers.apply(next.quota), tally);
    }
  }

  /** The chance that a cell is built on: each centre's share falling off with the distance, in cells. */
  private static double builtUp(int column, int row, double[][] centres) {
    double share = 0;
    for (double[] c : centres) {
      share += CORE_SHARE * Math.exp(-Math.hypot(column - c[0], row - c[1]) / c[2]);
    }
    return Math.max(RURAL_SHARE, Math.min(CORE_SHARE, share));
  }

  /** A district's spiral over the grid and what it has still to place. */
  private final class Growth {
    final Quota quota;
    final int centreColumn;
    final int centreRow;
    final double scale;
    final Spiral spiral = new Spiral();
    long left;
    int number;

    Growth(Quota quota, double[] centre) {
      this.quota = quota;
      this.left = quota.cameras();
      centreColumn = (int) Math.floor((centre[0] - GRID_WEST) / CELL);
      centreRow = (int) Math.floor((centre[1] - GRID_SOUTH) / CELL);
      double expectedSites = Math.max(1, quota.cameras() / spec.profile().meanCameras());
      scale = Math.max(600, CELL * Math.sqrt(expectedSites / (CORE_SHARE * 2 * Math.PI)));
    }

    /** The share of its cameras still to place. */
    double share() {
      return (double) left / quota.cameras();
    }

    /** The next cell the spiral takes, marked taken; {column, row}. */
    int[] nextCell(BitSet taken, double[][] centres) {
      while (true) {
        int[] step = spiral.next();
        if (spiral.ring() > Math.max(GRID_COLUMNS, GRID_ROWS)) {
          throw new IllegalStateException("the grid has no room left for district " + quota.district().code());
        }
        int column = centreColumn + step[0];
        int row = centreRow + step[1];
        if (column < 0 || row < 0 || column >= GRID_COLUMNS || row >= GRID_ROWS) {
          continue;
        }
        int cell = row * GRID_COLUMNS + column;
        if (!taken.get(cell) && unit(mix(spec.seed() ^ 0x5EEDCE11L, column, row)) < builtUp(column, row, centres)) {
          taken.set(cell);
          number++;
          return new int[] {column, row};
        }
      }
    }
  }

  /** Lays out and writes one site in its cell; returns how many cameras it has. */
  private int site(SplittableRandom random, District district, int number, int column, int row, long left,
      StreamingGeoPackageWriter writer, Tally tally) throws IOException {
    SiteKind kind = SiteKind.draw(random);
    int cameras = (int) Math.min(left, spec.profile().cameras(random, kind));
    SitePlan plan = spec.profile().plan(random, kind, cameras, spec.zonesPerCamera());
    while (plan == null) {
      cameras = Math.max(1, cameras * 3 / 4);
      plan = spec.profile().plan(random, kind, cameras, spec.zonesPerCamera());
    }
    String siteId = district.code() + "-" + String.format("%06d", number);
    String road = ROADS.get(random.nextInt(ROADS.size())) + (random.nextBoolean() ? "路" : "街");
    String name = road + kind.nouns.get(random.nextInt(kind.nouns.size()));
    String address = "重庆市" + district.name() + road + (1 + random.nextInt(300)) + "号";

    // the site turned a quarter or so, and moved within its cell as far as its size leaves room
    double turn = Math.toRadians(90 * random.nextInt(4) + (random.nextDouble() - 0.5) * 16);
    double cos = Math.cos(turn);
    double sin = Math.sin(turn);
    double span = Math.abs(plan.width * cos) + Math.abs(plan.height * sin);
    double spanY = Math.abs(plan.width * sin) + Math.abs(plan.height * cos);
    double slackX = Math.max(0, (CELL - GAP - span) / 2);
    double slackY = Math.max(0, (CELL - GAP - spanY) / 2);
    double cx = GRID_WEST + (column + 0.5) * CELL + (random.nextDouble() * 2 - 1) * slackX;
    double cy = GRID_SOUTH + (row + 0.5) * CELL + (random.nextDouble() * 2 - 1) * slackY;
    Placement at = new Placement(cx - plan.width / 2 * cos - plan.height / 2 * sin,
        cy + plan.width / 2 * sin - plan.height / 2 * cos, cos, sin);
    // headings are from true north: grid north here lies this far clockwise of it
    double[] lonLat = crs.toLonLat(cx, cy);
    double[] north = crs.fromLonLat(lonLat[0], lonLat[1] + 0.001);
    double convergence = Math.toDegrees(Math.atan2(north[0] - cx, north[1] - cy));

    // no class: the synthetic city is a city of the measures, which do not sort sites
    writer.add(LayerName.SITES, at.rectangle(geometry, 0, 0, plan.width, plan.height), siteId, name, address, name,
        null);
    tally.sites++;

    SiteRecords records = SiteRecords.draw(random);
    int c = 0;
    for (SitePlan.Camera camera : plan.cameras) {
      c++;
      double heading = normalised(camera.headingDegrees() + Math.toDegrees(turn) - convergence);
      String type = camera.hfovDegrees() < 180 && random.nextDouble() < kind.ptzRate ? "ptz" : camera.type();
      LocalDate installed = records.installed(random);
      writer.add(LayerName.CAMERAS, at.point(geometry, camera.u(), camera.v()),
          String.format("C%03d", c), siteId, heading, camera.hfovDegrees(), camera.rangeMetres(),
          camera.resolution(), camera.heightMetres(), camera.tiltDegrees(), null, type, records.signage(random),
          records.retentionDays, records.runs24h, installed, records.filed(random, installed), name, null, null);
    }
    tally.cameras += plan.cameras.size();

    int z = 0;
    for (SitePlan.Zone zone : plan.zones) {
      z++;
      writer.add(LayerName.ZONES, at.rectangle(geometry, zone.u0(), zone.v0(), zone.u1(), zone.v1()),
          String.format("Z%02d", z), siteId, zone.mandated() ? "mandated" : "forbidden", zone.item(), zone.name(),
          zone.minCover(), null);
      if (zone.mandated()) {
        tally.mandated++;
      } else {
        tally.forbidden++;
      }
    }
    int o = 0;
    for (SitePlan.Obstacle obstacle : plan.obstacles) {
      o++;
      Coordinate[] points = new Coordinate[obstacle.uv().length / 2];
      for (int p = 0; p < points.length; p++) {
        points[p] = at.coordinate(obstacle.uv()[2 * p], obstacle.uv()[2 * p + 1]);
      }
      Geometry shape = obstacle.building() ? geometry.createPolygon(points) : geometry.createLineString(points);
      writer.add(LayerName.OBSTACLES, shape, String.format("W%02d", o), siteId, obstacle.building() ? "building" : "wall");
    }
    tally.obstacles += plan.obstacles.size();
    return plan.cameras.size();
  }

  /** Where a site's page lies on the grid: its origin and turn. */
  private record Placement(double x0, double y0, double cos, double sin) {
    /** A point of the page on the grid, to the millimetre, as exports round. */
    Coordinate coordinate(double u, double v) {
      double x = x0 + u * cos + v * sin;
      double y = y0 - u * sin + v * cos;
      return new Coordinate(Math.rint(x * 1000) / 1000, Math.rint(y * 1000) / 1000);
    }

    Geometry point(GeometryFactory factory, double u, double v) {
      return factory.createPoint(coordinate(u, v));
    }

    Geometry rectangle(GeometryFactory factory, double u0, double v0, double u1, double v1) {
      Coordinate a = coordinate(u0, v0);
      return factory.createPolygon(new Coordinate[] {a, coordinate(u1, v0), coordinate(u1, v1), coordinate(u0, v1),
          new Coordinate(a)});
    }
  }

  /** The records a site's system keeps, drawn once for the site, with the cameras' own departures. */
  private static final class SiteRecords {
    Integer retentionDays;
    Boolean runs24h;
    LocalDate installed;
    LocalDate filed;

    static SiteRecords draw(SplittableRandom random) {
      SiteRecords r = new SiteRecords();
      double retention = random.nextDouble();
      r.retentionDays = retention < 0.01 ? 7 : retention < 0.03 ? 15 : retention < 0.58 ? 30 : retention < 0.78 ? 60 : 90;
      r.runs24h = random.nextDouble() >= 0.015;
      r.installed = EARLIEST.plusDays(random.nextInt((int) (SURVEYED.toEpochDay() - EARLIEST.toEpochDay())));
      double filing = random.nextDouble();
      if (filing < 0.02) {
        r.filed = null;
      } else if (r.installed.isBefore(Art15FilingRule.IN_FORCE)) {
        r.filed = filing < 0.14
            ? Art15FilingRule.EXISTING_SYSTEMS_DUE.plusDays(1 + random.nextInt(900))
            : Art15FilingRule.IN_FORCE.plusDays(random.nextInt(31));
      } else {
        r.filed = r.installed.plusDays(7 + random.nextInt(84));
      }
      if (r.filed != null && r.filed.isAfter(SURVEYED)) {
        r.filed = SURVEYED;
      }
      return r;
    }

    /** Most cameras came with the system; some were added later. */
    LocalDate installed(SplittableRandom random) {
      if (random.nextDouble() >= 0.15) {
        return installed;
      }
      long later = installed.toEpochDay() + random.nextInt(1100);
      return LocalDate.ofEpochDay(Math.min(later, SURVEYED.toEpochDay()));
    }

    /** A camera added later is filed on its own, and now and then not at all. */
    LocalDate filed(SplittableRandom random, LocalDate cameraInstalled) {
      if (filed == null || cameraInstalled.equals(installed)) {
        return filed;
      }
      if (random.nextDouble() < 0.01) {
        return null;
      }
      LocalDate own = cameraInstalled.plusDays(7 + random.nextInt(84));
      LocalDate date = own.isBefore(filed) ? filed : own;
      return date.isAfter(SURVEYED) ? SURVEYED : date;
    }

    Boolean signage(SplittableRandom random) {
      double draw = random.nextDouble();
      return draw < 0.003 ? null : draw < 0.033 ? Boolean.FALSE : Boolean.TRUE;
    }
  }

  private static double normalised(double degrees) {
    double d = degrees % 360;
    if (d < 0) {
      d += 360;
    }
    d = Math.round(d * 10) / 10.0;
    return d >= 360 ? 0 : d;
  }

  /** SplitMix64's finaliser over three numbers: a well-spread hash. */
  static long mix(long a, long b, long c) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L + c;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }

  /** The cells around a centre, ring by ring: (0, 0), then the 8 around it, then the 16 around those. */
  private static final class Spiral {
    private int ring;
    private int index = -1;

    int ring() {
      return ring;
    }

    int[] next() {
      if (ring == 0 && index == -1) {
        index = 0;
        return new int[] {0, 0};
      }
      if (ring == 0 || index == 8 * ring - 1) {
        ring++;
        index = 0;
      } else {
        index++;
      }
      int side = 2 * ring;
      int edge = index / side;
      int along = index % side;
      return switch (edge) {
        case 0 -> new int[] {-ring + along, ring};
        case 1 -> new int[] {ring, ring - along};
        case 2 -> new int[] {ring - along, -ring};
        default -> new int[] {-ring, -ring + along};
      };
    }
  }
}
