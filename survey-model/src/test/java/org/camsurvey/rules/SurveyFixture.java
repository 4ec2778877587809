package org.camsurvey.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.Site;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Builds small surveys for rule tests in a frame around Jiefangbei: cameras at frame coordinates
 * (metres east and north of 106.577 E, 29.557 N), zones as WKT polygons in frame metres.
 *
 * <p>Cameras start compliant (fixed, signed, 30 days' retention, running 24 h, installed and
 * filed in 2020), so a test changes only what its case is about.
 */
public final class SurveyFixture {
  public static final LocalFrame FRAME = LocalFrame.around(106.577, 29.557);
  public static final Set<String> ALL_CAMERA_FIELDS = Set.of(
      "camera_id", "site_id", "heading", "hfov", "range_m", "res_h", "height_m", "tilt", "vfov",
      "cam_type", "signage", "retention", "runs_24h", "installed", "filed", "operator");

  private final List<Camera> cameras = new ArrayList<>();
  private final List<Zone> zones = new ArrayList<>();
  private final List<Finding> importWarnings = new ArrayList<>();
  private final List<Obstacle> obstacles = new ArrayList<>();
  private final List<AccessLogEntry> accessLog = new ArrayList<>();
  private final List<ChecklistAnswer> checklist = new ArrayList<>();
  private final Set<String> cameraFields = new LinkedHashSet<>(ALL_CAMERA_FIELDS);

  public static SurveyFixture survey() {
    return new SurveyFixture();
  }

  /** A camera of site {@code S1}, to be aimed and changed with its setters. */
  public static CameraSpec camera(String cameraId) {
    return new CameraSpec(cameraId);
  }

  public SurveyFixture with(CameraSpec... specs) {
    for (CameraSpec spec : specs) {
      cameras.add(spec.build(cameras.size() + 1));
    }
    return this;
  }

  public SurveyFixture mandated(String zoneId, String siteId, String item, String wkt) {
    return zone(zoneId, siteId, ZoneRule.MANDATED, item, null, wkt);
  }

  public SurveyFixture mandated(String zoneId, String siteId, String item, Double minCover, String wkt) {
    return zone(zoneId, siteId, ZoneRule.MANDATED, item, minCover, wkt);
  }

  public SurveyFixture forbidden(String zoneId, String siteId, String item, String wkt) {
    return zone(zoneId, siteId, ZoneRule.FORBIDDEN, item, null, wkt);
  }

  private SurveyFixture zone(String zoneId, String siteId, ZoneRule rule, String item, Double minCover, String wkt) {
    String[] parts = item.split("\\.");
    ArticleItem articleItem = new ArticleItem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    SourceRef source = new SourceRef("zones.geojson", "zones", zones.size() + 1, zoneId);
    zones.add(new Zone(zoneId, siteId, rule, articleItem, "zone " + zoneId, minCover, geometry(wkt), source));
    return this;
  }

  /** A zone of site S1 as the 2025 fields give it: its kind, with or without an item of the measures. */
  public SurveyFixture zone(String zoneId, ZoneRule rule, String item, PlaceKind kind, String wkt) {
    ArticleItem articleItem = item == null ? null
        : new ArticleItem(Integer.parseInt(item.split("\\.")[0]), Integer.parseInt(item.split("\\.")[1]));
    SourceRef source = new SourceRef("zones.geojson", "zones", zones.size() + 1, zoneId);
    zones.add(new Zone(zoneId, "S1", rule, articleItem, kind, "zone " + zoneId, null, geometry(wkt), source));
    return this;
  }

  /** A wall (a line) or a building (a polygon), as WKT in frame metres. */
  public SurveyFixture obstacle(String wkt) {
    obstacles.add(new Obstacle("O" + (obstacles.size() + 1), null, "wall", geometry(wkt),
        new SourceRef("obstacles.geojson", "obstacles", obstacles.size() + 1, null)));
    return this;
  }

  /** Leaves a field out of the cameras layer altogether, as a survey that never recorded it. */
  public SurveyFixture withoutCameraField(String field) {
    cameraFields.remove(field);
    return this;
  }

  /** A row of the access log of site S1, retrieved on 2024-03-05 14:30 from cameras C1 and C2. */
  public SurveyFixture access(Integer persons, String approval) {
    accessLog.add(new AccessLogEntry("S1", java.time.LocalDateTime.of(2024, 3, 5, 14, 30), persons, approval,
        "case 17", List.of("C1", "C2"), "Li Ming", "Zhang Wei, Yuzhong PSB", "case file 17",
        new SourceRef("access_log.csv", "access_log", accessLog.size() + 1, null)));
    return this;
  }

  /** A row of the access log of site S1, as given. */
  public SurveyFixture access(AccessLogEntry entry) {
    accessLog.add(entry);
    return this;
  }

  /** A checklist answer of site S1. */
  public SurveyFixture answer(int article, String item, ChecklistAnswer.Answer answer) {
    checklist.add(new ChecklistAnswer("S1", article, item, answer, null, null, null,
        new SourceRef("checklist.csv", "checklist", checklist.size() + 1, null)));
    return this;
  }

  public SurveyFixture warning(Finding warning) {
    importWarnings.add(warning);
    return this;
  }

  public Survey build() {
    Set<String> siteIds = new LinkedHashSet<>();
    cameras.forEach(c -> siteIds.add(c.siteId()));
    zones.forEach(z -> siteIds.add(z.siteId()));
    List<Site> sites = siteIds.stream().map(id -> new Site(id, null, null, null, null)).toList();
    return new Survey("fixture", Set.of("cameras", "zones"), FRAME, sites, cameras, zones, obstacles, accessLog,
        checklist, cameraFields, importWarnings);
  }

  public CheckResult check() {
    return Checker.check(build(), CheckOptions.defaults());
  }

  public CheckResult check(CheckOptions options) {
    return Checker.check(build(), options);
  }

  /** The findings of one rule alone, in the order the rule makes them. */
  public List<Finding> run(Rule rule) {
    return run(rule, CheckOptions.defaults());
  }

  public List<Finding> run(Rule rule, CheckOptions options) {
    List<Finding> findings = new ArrayList<>();
    rule.check(new Scene(build(), options), findings::add);
    return findings;
  }

  public static Geometry geometry(String wkt) {
    try {
      return new WKTReader(FRAME.geometryFactory()).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  /** An axis-aligned rectangle in frame metres, as WKT. */
  public static String box(double minX, double minY, double maxX, double maxY) {
    return String.format(Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
        minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY);
  }

  /**
   * A rectangle laid along a ray from the frame origin: from {@code fromM} to {@code toM} along
   * the ray at the azimuth, and from {@code sideFrom} to {@code sideTo} to its right (clockwise
   * side; negative is to its left), as WKT.
   */
  public static String alongRay(double azimuthDegrees, double fromM, double toM, double sideFrom, double sideTo) {
    double a = Math.toRadians(azimuthDegrees);
    double ux = Math.sin(a);
    double uy = Math.cos(a);
    double rx = Math.cos(a);
    double ry = -Math.sin(a);
    double[][] corners = {{fromM, sideFrom}, {toM, sideFrom}, {toM, sideTo}, {fromM, sideTo}, {fromM, sideFrom}};
    StringBuilder wkt = new StringBuilder("POLYGON((");
    for (int i = 0; i < corners.length; i++) {
      double t = corners[i][0];
      double s = corners[i][1];
      wkt.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f %.6f", t * ux + s * rx, t * uy + s * ry));
    }
    return wkt.append("))").toString();
  }

  /** A camera as a test wants it; defaults are compliant on every attribute rule. */
  public static final class CameraSpec {
    private final String cameraId;
    private String siteId = "S1";
    private double x;
    private double y;
    private double heading;
    private double hfov = 90;
    private double range = 100;
    private Integer resH;
    private Double height;
    private Double tilt;
    private Double vfov;
    private CameraType type = CameraType.FIXED;
    private Boolean signage = true;
    private Integer retention = 30;
    private Boolean runs24h = true;
    private LocalDate installed = LocalDate.of(2020, 1, 1);
    private LocalDate filed = LocalDate.of(2020, 2, 1);

    private CameraSpec(String cameraId) {
      this.cameraId = cameraId;
    }

    public CameraSpec site(String siteId) {
      this.siteId = siteId;
      return this;
    }

    public CameraSpec at(double x, double y) {
      this.x = x;
      this.y = y;
      return this;
    }

    /** Heading, angle of view and range, in degrees and metres. */
    public CameraSpec aim(double heading, double hfov, double range) {
      this.heading = heading;
      this.hfov = hfov;
      this.range = range;
      return this;
    }

    /** Mounting height, tilt below horizontal and vertical angle (null for the 16:9 default). */
    public CameraSpec mount(double heightMetres, double tiltDegrees, Double vfovDegrees) {
      this.height = heightMetres;
      this.tilt = tiltDegrees;
      this.vfov = vfovDegrees;
      return this;
    }

    public CameraSpec resH(Integer resH) {
      this.resH = resH;
      return this;
    }

    public CameraSpec type(CameraType type) {
      this.type = type;
      return this;
    }

    public CameraSpec signage(Boolean signage) {
      this.signage = signage;
      return this;
    }

    public CameraSpec retention(Integer days) {
      this.retention = days;
      return this;
    }

    public CameraSpec runs24h(Boolean runs24h) {
      this.runs24h = runs24h;
      return this;
    }

    public CameraSpec installed(LocalDate installed) {
      this.installed = installed;
      return this;
    }

    public CameraSpec filed(LocalDate filed) {
      this.filed = filed;
      return this;
    }

    public Camera build(int recordNumber) {
      return new Camera(cameraId, siteId, FRAME.geometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(x, y)),
          heading, hfov, range, resH, height, tilt, vfov, type, signage, retention, runs24h, installed, filed,
          "operator of " + siteId, new SourceRef("cameras.geojson", "cameras", recordNumber, cameraId));
    }
  }
}
