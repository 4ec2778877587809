package org.camsurvey.report;

import static org.camsurvey.fixture.FrameShapes.FRAME;
import static org.camsurvey.fixture.FrameShapes.box;
import static org.camsurvey.fixture.FrameShapes.geometry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.LawId;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.Site;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.rules.Art10BaselineRule;
import org.camsurvey.rules.BaselineTolerances;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.locationtech.jts.geom.Coordinate;

/**
 * Check results for report tests: a small survey in a frame around Jiefangbei (frame metres)
 * that makes every finding the rules produce, with the data warnings the importer raises; and
 * the Jiefangbei sample itself.
 */
public final class ReportFixture {
  private ReportFixture() {}

  /**
   * Site S1 ("东门商场"): camera V at the origin looking north (60°, 10 m) into a toilet of S1 and
   * a guest room of S2, unsigned, PTZ, unfiled, 15 days' retention, not 24 h; camera IN hung
   * inside a counter area; camera OLD installed 2008, filed 2010; an entrance covered half by its
   * own camera H and wholly by S2's camera N. Plus every data warning.
   */
  public static CheckResult everyFinding() {
    List<Camera> cameras = List.of(
        camera("V", "S1", 0, 0, 0, 60, 10, 1920, CameraType.PTZ, false, 15, false, date("2021-01-01"), null),
        camera("IN", "S1", 100, 0, 0, 90, 5, null, CameraType.DOME, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("OLD", "S1", 200, 0, 180, 60, 10, 704, CameraType.FIXED, true, 30, true, date("2008-06-18"), date("2010-03-22")),
        camera("H", "S1", 0, 300, 45, 90, 100, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("N", "S2", 0, 300, 0, 90, 100, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("W", "S2", 400, 0, 0, 90, 10, null, CameraType.DOME, null, 30, true, date("2021-01-01"), date("2021-02-01")));
    List<Zone> zones = List.of(
        zone("Z-WC", "S1", ZoneRule.FORBIDDEN, 9, 3, "公共卫生间", box(-1, 4, 1, 6)),
        zone("Z-ROOM", "S2", ZoneRule.FORBIDDEN, 9, 1, "101客房", box(-1, 7, 1, 9)),
        zone("Z-CTR", "S1", ZoneRule.FORBIDDEN, 9, 4, "柜台操作区", box(98, -2, 102, 2)),
        zone("Z-GATE", "S1", ZoneRule.MANDATED, 8, 8, "商场主出入口", box(-5, 320, 5, 330)));
    List<Finding> warnings = List.of(
        Finding.of(FindingCode.DATA_MISSING_FIELD).camera(cameras.get(5)).figure("fields", "signage").build(),
        Finding.of(FindingCode.DATA_MISSING_FIELD).source(new SourceRef("cams/cameras.csv", "cameras", 0, null))
            .figure("fields", "retention, runs_24h").build(),
        Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED).site("S1")
            .source(new SourceRef("cams/zones.csv", "zones", 3, "Z-WC"))
            .figure("reason", "Self-intersection").figure("area_before_m2", 0.0).figure("area_after_m2", 4.0).build(),
        Finding.of(FindingCode.DATA_ENCODING_GUESSED).source(new SourceRef("cams/zones.csv", "zones", 0, null))
            .figure("encoding", "GB18030").build(),
        Finding.of(FindingCode.DATA_INDEX_REBUILT).source(new SourceRef("cams/cameras.shp", "cameras", 0, null)).build(),
        Finding.of(FindingCode.DATA_UNKNOWN_SITE).site("S2").source(new SourceRef("cams/sites.csv", "sites", 0, "S2"))
            .build(),
        Finding.of(FindingCode.DATA_DEFAULTED).camera("S2", "W").source(new SourceRef("cams/cameras.csv", "cameras", 3, "W"))
            .figure("fields", "hfov, range_m").build(),
        Finding.of(FindingCode.DATA_EVIDENCE_FAR).camera("S2", "W").source(new SourceRef("cams/evidence.csv", "evidence", 2, null))
            .figure("photo", "photos/W.jpg").figure("distance_m", 51.2).geometry(geometry("POINT (451.2 0)")).build());
    List<Site> sites = List.of(new Site("S1", "东门商场", null, null, null), new Site("S2", "云栖大酒店（解放碑店）", null, null, null));
    Survey survey = new Survey("fixture", Set.of("cameras", "zones"), FRAME, sites, cameras, zones, List.of(),
        List.of(), Set.of("camera_id", "site_id", "heading", "hfov", "range_m", "res_h", "cam_type", "signage",
            "retention", "runs_24h", "installed", "filed"), warnings);
    return Checker.check(survey, CheckOptions.defaults());
  }

  /**
   * The warnings readers raise about exports as they come (OpenStreetMap tags, GeoPackage curves),
   * kept apart from {@link #everyFinding()}: they name a file's record, not a site.
   */
  static List<Finding> readerWarnings() {
    return List.of(
        Finding.of(FindingCode.DATA_TAG_DEFAULTED).source(new SourceRef("osm.geojson", "cameras", 4, "node/4"))
            .figure("tag", "camera:type").figure("value", "webcam").figure("field", "cam_type").build(),
        Finding.of(FindingCode.DATA_DIRECTION_RANGE).source(new SourceRef("osm.geojson", "cameras", 5, "node/5"))
            .figure("tag", "camera:direction").figure("value", "190-100").figure("heading", 325.0).build(),
        Finding.of(FindingCode.DATA_DIRECTION_LIST).source(new SourceRef("osm.geojson", "cameras", 6, "node/6"))
            .figure("tag", "camera:direction").figure("value", "90;270").figure("cameras", "node/6-1, node/6-2").build(),
        Finding.of(FindingCode.DATA_CURVE_LINEARISED).source(new SourceRef("zones.gpkg", "zones", 2, "Z-ARC (fid 2)"))
            .figure("type", "CurvePolygon").figure("tolerance_m", 0.01).build());
  }

  /**
   * One finding of each code of the 2025 regulation, with the parts and figures its rule gives, and
   * the regulation's warning about a site without a class: their messages in both languages.
   */
  static List<Finding> regulationFindings() {
    Camera c = camera("C1", "S1", 0, 0, 0, 60, 10, null, CameraType.FIXED, false, 15, true, date("2025-05-01"), null);
    Zone counter = new Zone("Z1", "S2", ZoneRule.FORBIDDEN, null, PlaceKind.BANK_COUNTER, "柜台", null,
        geometry(box(-1, 4, 1, 6)), new SourceRef("cams/zones.csv", "zones", 1, "Z1"));
    Zone road = new Zone("Z2", "S1", ZoneRule.MANDATED, null, PlaceKind.PUBLIC_ROAD, "路口", null,
        geometry(box(-1, 4, 1, 6)), new SourceRef("cams/zones.csv", "zones", 2, "Z2"));
    Zone sensitive = new Zone("Z3", "S1", ZoneRule.SENSITIVE, null, null, "营区周边", null,
        geometry(box(-1, 4, 1, 6)), new SourceRef("cams/zones.csv", "zones", 3, "Z3"));
    SourceRef logRow = new SourceRef("cams/access_log.csv", "access_log", 2, null);
    SourceRef checklistRow = new SourceRef("cams/checklist.csv", "checklist", 1, null);
    List<Finding> findings = new ArrayList<>(List.of(
        Finding.of(FindingCode.CN8_FORBIDDEN_VIEW).camera(c).zone(counter).item("(1)(四)").figure("overlap_m2", 2.0)
            .figure("zone_name", "柜台").figure("kind", "bank_counter").figure("catch_all", true).build(),
        Finding.of(FindingCode.CN8_INSIDE_FORBIDDEN).camera(c).zone(counter).item("(1)(四)").figure("kind", "bank_counter")
            .figure("changed_since_filing", true).build(),
        Finding.of(FindingCode.CN10_NO_CONSENT).camera(c).zone(sensitive).figure("overlap_m2", 2.0)
            .figure("inside", false).build(),
        Finding.of(FindingCode.CN13_NO_SIGNAGE).camera(c).build(),
        Finding.of(FindingCode.CN14_NOT_FILED).camera(c).item("(1)").figure("installed", "2025-05-01")
            .figure("due", "2025-06-03").figure("period_days", 30).build(),
        Finding.of(FindingCode.CN14_LATE_FILING).camera(c).item("(1)").figure("filed", "2025-07-01")
            .figure("installed", "2025-03-01").figure("due", "2025-06-30").figure("period_days", 90).build(),
        Finding.of(FindingCode.CN17_SHORT_RETENTION).camera(c).figure("retention_days", 15).figure("required_days", 30)
            .build(),
        Finding.of(FindingCode.CN16_LOG_INCOMPLETE).site("S1").source(logRow).item("(2)(三)")
            .figure("when", "2026-03-05 14:30").figure("missing", List.of("purpose", "footage")).build(),
        Finding.of(FindingCode.CN7_UNCOVERED).zone(road).item("(1)").figure("kind", "public_road")
            .figure("coverage", 0.5).figure("required", 0.9).figure("quality", "observe").figure("zone_name", "路口")
            .build(),
        Finding.of(FindingCode.CN33_PRIVACY).camera(c).zone(counter).item("(1)").figure("kind", "bank_counter")
            .figure("overlap_m2", 2.0).build(),
        Finding.of(FindingCode.CN13_VIEW_CHANGED).camera(c).figure("changes", List.of("moved", "reaimed")).build(),
        Finding.of(FindingCode.DATA_MISSING_FIELD).site("S3").figure("fields", "class").law(LawId.CN2025).build()));
    for (RegulationChecklist.Duty duty : RegulationChecklist.duties()) {
      Finding.Builder f = Finding.of(duty.code()).site("S1").item(duty.part()).severity(duty.severity())
          .consequence(duty.consequence()).party(duty.party()).source(checklistRow).figure("note", "备注")
          .figure("checked_by", "王芳").figure("checked_on", "2026-11-20");
      if (duty.act() != null) {
        f.figure("act", duty.act().code());
      }
      findings.add(f.build());
    }
    return findings;
  }

  /** The codes {@link #everyFinding()} makes, in the order the checker puts them. */
  static final List<String> EVERY_FINDING = List.of(
      "DATA_MISSING_FIELD - - -",
      "DATA_ENCODING_GUESSED - - -",
      "DATA_INDEX_REBUILT - - -",
      "ART8_UNCOVERED S1 - Z-GATE",
      "ART9_FORBIDDEN_VIEW S1 V Z-ROOM S2",
      "ART9_FORBIDDEN_VIEW S1 V Z-WC",
      "ART9_INSIDE_FORBIDDEN S1 IN Z-CTR",
      "ART10_NO_SIGNAGE S1 V -",
      "ART10_NOT_FIXED S1 V -",
      "ART15_NOT_FILED S1 V -",
      "ART15_LATE_FILING S1 OLD -",
      "ART19_SHORT_RETENTION S1 V -",
      "ART19_NOT_24H S1 V -",
      "DATA_GEOMETRY_REPAIRED S1 - -",
      "DATA_MISSING_FIELD S2 W -",
      "DATA_UNKNOWN_SITE S2 - -",
      "DATA_DEFAULTED S2 W -",
      "DATA_EVIDENCE_FAR S2 W -");

  /** {@link #EVERY_FINDING} as writers show it: a data warning carries its record's id (the repaired zone's). */
  static final List<String> EVERY_FINDING_AS_WRITTEN = EVERY_FINDING.stream()
      .map(r -> r.equals("DATA_GEOMETRY_REPAIRED S1 - -") ? "DATA_GEOMETRY_REPAIRED S1 - Z-WC" : r).toList();

  /**
   * Site S1's duties no map shows: an access log (row 1 one person, no approval and no
   * destination, row 2 nothing but an approval), a checklist with a {@code no} on Art. 11 ¶3, 12,
   * 13, 17, 19(4), 20(1), 20(2) and 20(7), and a filed baseline against which camera M moved 3 m,
   * T turned 20° onto forbidden zone F1, R's range grew by half, A is new and X is gone; and a
   * deadline counted into a year the holiday calendar lacks.
   */
  static CheckResult duties() {
    List<Camera> now = List.of(
        camera("M", "S1", 3, 0, 0, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("T", "S1", 20, 0, 20, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("R", "S1", 40, 0, 0, 60, 15, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("A", "S1", 60, 0, 0, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")));
    List<Camera> filed = List.of(
        camera("M", "S1", 0, 0, 0, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("T", "S1", 20, 0, 0, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("R", "S1", 40, 0, 0, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")),
        camera("X", "S1", 80, 0, 0, 60, 10, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01")));
    List<AccessLogEntry> log = List.of(
        new AccessLogEntry("S1", LocalDateTime.of(2024, 3, 5, 14, 30), 1, null, "案件调查", List.of("M", "T"), "李明",
            "张伟（渝中区公安分局）", null, new SourceRef("cams/access_log.csv", "access_log", 1, null)),
        new AccessLogEntry("S1", null, null, "渝公(2024)12号", null, List.of(), null, null, null,
            new SourceRef("cams/access_log.csv", "access_log", 2, null)));
    List<ChecklistAnswer> checklist = List.of(
        answer(1, 11, "3", "未经授权在广场入口安装", "王芳"),
        answer(2, 12, null, null, null),
        answer(3, 13, null, null, null),
        answer(4, 19, "4", "无调取登记", "王芳"),
        answer(5, 20, "1", null, null),
        answer(6, 20, "2", "摄像机改为对准住宅", "王芳"),
        answer(8, 17, null, "拒绝民警调取录像", "王芳"),
        answer(9, 20, "7", null, null),
        new ChecklistAnswer("S1", 19, "8", ChecklistAnswer.Answer.YES, null, null, null,
            new SourceRef("cams/checklist.csv", "checklist", 7, null)));
    Set<String> fields = Set.of("camera_id", "site_id", "heading", "hfov", "range_m", "cam_type", "signage",
        "retention", "runs_24h", "installed", "filed");
    List<Site> sites = List.of(new Site("S1", "东门商场", null, null, null));
    // a layer read on a datum with no known shift (--accept-datum)
    List<Finding> warnings = List.of(Finding.of(FindingCode.DATA_DATUM_UNSHIFTED).site("S1")
        .source(new SourceRef("cams/cameras.shp", "cameras", 0, null)).figure("datum", "Xian 1980")
        .figure("crs", "EPSG:2380").build());
    // a room beside T that its filed view (heading 0°, ±30°) misses and its view now (20°) takes in
    List<Zone> zones = List.of(zone("F1", "S1", ZoneRule.FORBIDDEN, 9, 1, null, box(24, 3, 26, 5)));
    Survey survey = new Survey("duties", Set.of("cameras", "zones", "access_log", "checklist"), FRAME, sites, now, zones,
        List.of(), log, checklist, fields, warnings);
    Survey baseline = new Survey("filed", Set.of("cameras"), FRAME, sites, filed, List.of(), List.of(), List.of(),
        fields, List.of());
    return Checker.check(survey, CheckOptions.defaults(),
        List.of(new Art10BaselineRule(baseline, BaselineTolerances.defaults())))
        .with(List.of(Finding.of(FindingCode.DATA_CALENDAR_MISSING).figure("year", 2027).figure("last_day", "2027-01-04")
            .build()));
  }

  private static ChecklistAnswer answer(int record, int article, String item, String note, String checkedBy) {
    return new ChecklistAnswer("S1", article, item, ChecklistAnswer.Answer.NO, note, checkedBy,
        checkedBy == null ? null : LocalDate.of(2024, 6, 3), new SourceRef("cams/checklist.csv", "checklist", record, null));
  }

  /** The codes {@link #duties()} makes, in the order the checker puts them. */
  static final List<String> DUTIES = List.of(
      "DATA_CALENDAR_MISSING - - -",
      "ART9_FORBIDDEN_VIEW S1 T F1",
      "ART10_MOVED S1 M -",
      "ART10_REAIMED S1 T -",
      "ART10_FOV_CHANGED S1 R -",
      "ART11_CHECKLIST S1 - -",
      "ART12_CHECKLIST S1 - -",
      "ART13_CHECKLIST S1 - -",
      "ART17_CHECKLIST S1 - -",
      "ART18_TOO_FEW_PERSONS S1 - -",
      "ART18_NO_APPROVAL S1 - -",
      "ART19_CHECKLIST S1 - -",
      "ART19_LOG_INCOMPLETE S1 - -",
      "ART19_LOG_INCOMPLETE S1 - -",
      "ART20_CHECKLIST S1 - -",
      "ART20_CHECKLIST S1 - -",
      "ART20_CHECKLIST S1 - -",
      "ART20_REPURPOSED S1 T F1",
      "DATA_MISSING_FIELD S1 - -",
      "BASELINE_CAMERA_ADDED S1 A -",
      "BASELINE_CAMERA_REMOVED S1 X -",
      "DATA_DATUM_UNSHIFTED S1 - -");

  /** A clean survey: one camera that sees its whole mandated zone. */
  public static CheckResult clean() {
    Survey survey = new Survey("clean", Set.of("cameras", "zones"), FRAME, List.of(new Site("S1", null, null, null, null)),
        List.of(camera("C1", "S1", 0, 0, 0, 90, 100, null, CameraType.FIXED, true, 30, true, date("2021-01-01"), date("2021-02-01"))),
        List.of(zone("M1", "S1", ZoneRule.MANDATED, 8, 7, null, box(-5, 20, 5, 30))), List.of(), List.of(),
        Set.of("camera_id", "site_id", "filed"), List.of());
    return Checker.check(survey, CheckOptions.defaults());
  }

  /** The Jiefangbei sample, checked with the defaults. */
  public static CheckResult jiefangbei() {
    // named relative to the module, as a user names it, so that messages naming its files are the same on every machine
    Path sample = Path.of("").toAbsolutePath().relativize(SampleSurveys.sample("jiefangbei"));
    Survey survey = SurveyReader.read(sample, ImportOptions.defaults());
    return Checker.check(survey, CheckOptions.defaults());
  }

  /**
   * The Jiefangbei sample under the regulation against its filed survey (samples/jiefangbei/filed),
   * on the day of the README's inspection: ST-05 has been turned onto the public toilet since filing.
   */
  public static CheckResult jiefangbeiAgainstFiledUnderTheRegulation() {
    Path sample = Path.of("").toAbsolutePath().relativize(SampleSurveys.sample("jiefangbei"));
    Survey survey = SurveyReader.read(sample, ImportOptions.defaults());
    Survey filed = SurveyReader.read(sample.resolve("filed"), ImportOptions.defaults());
    CheckOptions defaults = CheckOptions.defaults();
    return Checker.check(survey, new CheckOptions(defaults.minCover(), defaults.quality(), List.of(LawId.CN2025),
        LocalDate.of(2026, 11, 20)), List.of(new Art10BaselineRule(filed, BaselineTolerances.defaults())));
  }

  static String row(Finding f) {
    return f.code() + " " + dash(f.siteId()) + " " + dash(f.cameraId()) + " " + dash(f.zoneId())
        + (f.zoneSiteId() == null ? "" : " " + f.zoneSiteId());
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  private static Camera camera(String id, String site, double x, double y, double heading, double hfov, double range,
      Integer resH, CameraType type, Boolean signage, Integer retention, Boolean runs24h, LocalDate installed,
      LocalDate filed) {
    return new Camera(id, site, FRAME.geometryFactory().createPoint(new Coordinate(x, y)), heading, hfov, range, resH,
        null, null, null, type, signage, retention, runs24h, installed, filed, null,
        new SourceRef("cams/cameras.csv", "cameras", 1, id));
  }

  private static Zone zone(String id, String site, ZoneRule rule, int article, int item, String name, String wkt) {
    return new Zone(id, site, rule, new ArticleItem(article, item), name, null, geometry(wkt),
        new SourceRef("cams/zones.csv", "zones", 1, id));
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
