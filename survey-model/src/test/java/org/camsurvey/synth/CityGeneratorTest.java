package org.camsurvey.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic city is what its spec asks, the same for the same seed, readable, and mostly compliant. */
class CityGeneratorTest {
  private static final CitySpec SPEC = new CitySpec(3000, 0.4, 7, 9);

  @TempDir static Path folder;
  private static CitySummary summary;
  private static Survey survey;
  private static CheckResult checked;

  @BeforeAll
  static void generateAndCheck() throws IOException {
    summary = new CityGenerator(SPEC).write(folder.resolve("city.gpkg"));
    survey = SurveyReader.read(folder.resolve("city.gpkg"), ImportOptions.defaults());
    checked = Checker.check(survey, CheckOptions.defaults());
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherCity() throws IOException {
    Path again = folder.resolve("again.gpkg");
    new CityGenerator(SPEC).write(again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(folder.resolve("city.gpkg")));
    Path other = folder.resolve("other.gpkg");
    new CityGenerator(new CitySpec(3000, 0.4, 8, 9)).write(other);
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(folder.resolve("city.gpkg")));
  }

  /**
   * The rows of every layer, hashed: those of this city before the dense profile came (issue
   * #18), so that the sparse city, the default, stays the same city row for row. A change to the
   * sparse layout that is meant must update the digest, and say so.
   */
  @Test
  void theSparseCityIsTheSameRowForRowAsBeforeProfilesCame() throws Exception {
    assertThat(SPEC.profile()).isEqualTo(CityProfile.SPARSE);
    assertThat(rowDigest(folder.resolve("city.gpkg"))).isEqualTo("da3b4e3635e59b2a8aabe05b0704620c640a000ddbc5ef3f3866a45e94d55778");
  }

  @Test
  void hasExactlyTheCamerasAskedForAndAboutTheZonesPerCamera() {
    assertThat(summary.cameras()).isEqualTo(3000);
    assertThat(survey.cameras()).hasSize(3000);
    assertThat(survey.zones()).hasSize((int) summary.zones());
    assertThat(survey.sites()).hasSize((int) summary.sites());
    assertThat(survey.obstacles()).hasSize((int) summary.obstacles());
    assertThat(summary.zones() / 3000.0).isBetween(0.35, 0.45);
    assertThat(summary.mandatedZones()).isGreaterThan(summary.forbiddenZones());
    assertThat(summary.forbiddenZones()).isGreaterThan(summary.zones() / 5);
    assertThat(summary.districts()).isEqualTo(9);
  }

  @Test
  void sitesClusterInTheirDistrictsAndIdsAreUniqueWithinASite() {
    Map<String, Long> perDistrict = survey.sites().stream()
        .collect(Collectors.groupingBy(s -> s.siteId().substring(0, 6), Collectors.counting()));
    assertThat(perDistrict.keySet()).containsExactlyInAnyOrder("500103", "500105", "500108", "500106", "500107",
        "500104", "500112", "500113", "500109");
    Set<String> cameraKeys = new HashSet<>();
    for (Camera c : survey.cameras()) {
      assertThat(cameraKeys.add(c.siteId() + "/" + c.cameraId())).isTrue();
    }
    for (var site : survey.sites()) {
      double[] lonLat = survey.frame().toLonLat(site.boundary().getCentroid().getX(), site.boundary().getCentroid().getY());
      assertThat(lonLat[0]).isBetween(105.8, 107.3);
      assertThat(lonLat[1]).isBetween(28.9, 30.3);
    }
  }

  @Test
  void geometryIsValidAndRoomsAreSizedLikeRooms() {
    assertThat(checked.findings()).noneMatch(f -> f.code() == FindingCode.DATA_GEOMETRY_REPAIRED);
    for (Zone zone : survey.zones()) {
      assertThat(zone.area().isValid()).isTrue();
      double m2 = survey.frame().groundArea(zone.area().getArea(), zone.area().getCentroid().getCoordinate());
      if (zone.rule() == ZoneRule.FORBIDDEN) {
        assertThat(m2).as(zone.zoneId() + " of " + zone.siteId()).isBetween(5.0, 500.0);
      } else {
        assertThat(m2).as(zone.zoneId() + " of " + zone.siteId()).isBetween(5.0, 5000.0);
      }
    }
  }

  @Test
  void everyRuleFamilyFiresSomewhereButMostCamerasComply() {
    Set<FindingCode> codes = checked.findings().stream().map(Finding::code)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
    assertThat(codes).contains(FindingCode.ART8_UNCOVERED, FindingCode.ART9_FORBIDDEN_VIEW,
        FindingCode.ART9_INSIDE_FORBIDDEN, FindingCode.ART10_NO_SIGNAGE, FindingCode.ART10_NOT_FIXED,
        FindingCode.ART15_NOT_FILED, FindingCode.ART15_LATE_FILING, FindingCode.ART19_SHORT_RETENTION,
        FindingCode.ART19_NOT_24H);
    Set<String> violating = checked.findings().stream()
        .filter(f -> f.severity() == Severity.VIOLATION && f.cameraId() != null)
        .map(f -> f.siteId() + "/" + f.cameraId()).collect(Collectors.toSet());
    assertThat(violating.size()).isBetween(30, 450);
    long uncovered = count(FindingCode.ART8_UNCOVERED);
    long mandated = survey.zones().stream().filter(z -> z.rule() == ZoneRule.MANDATED).count();
    assertThat(uncovered).isGreaterThan(0).isLessThan(mandated / 8);
    assertThat(count(FindingCode.ART9_FORBIDDEN_VIEW)).isLessThan(survey.cameras().size() / 50);
  }

  @Test
  void districtFilesHoldTheSameCityOneDistrictEach() throws IOException {
    Path districts = Files.createDirectory(folder.resolve("districts"));
    CitySummary split = new CityGenerator(SPEC).writeDistricts(districts);
    assertThat(split.files()).hasSize(9);
    assertThat(split.files().get(0).getFileName()).hasToString("500103-yuzhong.gpkg");
    assertThat(split.cameras()).isEqualTo(summary.cameras());
    assertThat(split.zones()).isEqualTo(summary.zones());
    assertThat(split.sites()).isEqualTo(summary.sites());
    Survey yuzhong = SurveyReader.read(split.files().get(0), ImportOptions.defaults());
    Map<String, Camera> whole = survey.cameras().stream()
        .collect(Collectors.toMap(c -> c.siteId() + "/" + c.cameraId(), Function.identity()));
    assertThat(yuzhong.cameras()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.siteId()).startsWith("500103-");
      Camera same = whole.get(c.siteId() + "/" + c.cameraId());
      assertThat(c.headingDegrees()).isEqualTo(same.headingDegrees());
      assertThat(c.filed()).isEqualTo(same.filed());
    });
  }

  @Test
  void aSpecOutOfBoundsIsRefused() {
    assertThatThrownBy(() -> new CitySpec(0, 0.4, 1, 9)).hasMessageContaining("cameras");
    assertThatThrownBy(() -> new CitySpec(10, 2.5, 1, 9)).hasMessageContaining("zones per camera");
    assertThatThrownBy(() -> new CitySpec(10, 0.4, 1, 27)).hasMessageContaining("districts");
  }

  @Test
  void aCityOfOneCameraIsOneSite() throws IOException {
    CitySummary one = new CityGenerator(new CitySpec(1, 0.4, 1, 26)).write(folder.resolve("one.gpkg"));
    assertThat(one.cameras()).isEqualTo(1);
    assertThat(one.sites()).isEqualTo(1);
    assertThat(one.districts()).isEqualTo(1);
  }

  /**
   * The columns the 2025 regulation's fields added after the digest above was taken: a synthetic
   * city leaves them empty, and the digest is of the columns it had then.
   */
  private static final Set<String> REGULATION_COLUMNS = Set.of("sites.class", "zones.kind", "cameras.consent",
      "cameras.proposed");

  /**
   * SHA-256 over the sites, cameras, zones and obstacles tables' rows in order, geometry included,
   * but for the regulation's columns, which must be empty.
   */
  static String rowDigest(Path geoPackage) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + geoPackage);
        Statement statement = db.createStatement()) {
      for (String table : List.of("sites", "cameras", "zones", "obstacles")) {
        digest.update((table + "\n").getBytes(StandardCharsets.UTF_8));
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY fid")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              Object value = rows.getObject(c);
              if (REGULATION_COLUMNS.contains(table + "." + rows.getMetaData().getColumnName(c))) {
                assertThat(value).as(table + "." + rows.getMetaData().getColumnName(c)).isNull();
                continue;
              }
              row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value)).append('\t');
            }
            digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static long count(FindingCode code) {
    return checked.findings().stream().filter(f -> f.code() == code).count();
  }
}
