package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.cli.GeoPackages.contents;
import static org.camsurvey.cli.GeoPackages.names;
import static org.camsurvey.cli.GeoPackages.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.GeoPackages;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.fixture.SurveyFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GeoPackages the commands write besides {@code import}: {@code check --out}, the survey with its
 * findings; {@code fov -o x.gpkg}, the fields of view. And every file the project writes, opened
 * by GDAL's ogrinfo as QGIS would open it.
 */
@Tag("slow")
class GeoPackageOutputTest {
  private static final String SAMPLE = SampleSurveys.sample("jiefangbei").toString();
  private static final String NL = System.lineSeparator();

  @Test
  void checkOutWritesTheSurveyAndItsFindingsAndPrintsAsBefore(@TempDir Path dir) throws java.io.IOException {
    Path out = dir.resolve("checked.gpkg");

    Run plain = Cli.run("check", SAMPLE, "--lang", "zh");
    Run run = Cli.run("check", SAMPLE, "--lang", "zh", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(plain.out());
    assertThat(contents(out)).containsExactly("sites features 7", "cameras features 25", "zones features 20",
        "obstacles features 11", "access_log attributes 3", "checklist attributes 8", "evidence attributes 2",
        "findings features 19");
    assertThat(query(out, "SELECT f_table_name FROM layer_styles WHERE useAsDefault ORDER BY id"))
        .containsExactly("sites", "cameras", "zones", "obstacles", "findings");
    assertThat(query(out, "SELECT styleQML FROM layer_styles WHERE f_table_name = 'findings'").get(0))
        .contains("geometry_type($geometry) = 'Polygon'").contains("198,40,40");
    assertThat(query(out, "SELECT code || ' ' || ifnull(camera_id, '-') || ' ' || ifnull(zone_id, '-') FROM findings ORDER BY fid"))
        .startsWith("ART9_INSIDE_FORBIDDEN B-03 Z-B-02", "ART15_LATE_FILING B-04 -", "ART9_FORBIDDEN_VIEW H-03 Z-H-02");
    assertThat(query(out, "SELECT message FROM findings WHERE code = 'ART9_FORBIDDEN_VIEW' AND camera_id = 'H-03'"))
        .containsExactly("摄像机 H-03 可见禁止安装区域 Z-H-02“一楼101客房” 7.5 平方米（第九条第（一）项）。");
    assertThat(query(out, "SELECT overlap_m2 FROM findings WHERE camera_id = 'H-03' AND zone_id = 'Z-H-02'")).containsExactly("7.5");
    assertThat(query(out, "SELECT coverage || ' ' || required FROM findings WHERE code = 'ART8_UNCOVERED'"))
        .containsExactly("0.377 0.9");
    assertThat(names(dir)).containsExactly("checked.gpkg");

    // read back, the same findings; those of the access log and checklist now name the GeoPackage as their file
    Run again = Cli.run("check", out.toString(), "--format", "json", "--lang", "zh");
    Run plainJson = Cli.run("check", SAMPLE, "--format", "json", "--lang", "zh");
    assertThat(CheckCommandTest.rows(new com.fasterxml.jackson.databind.ObjectMapper().readTree(again.out())))
        .isEqualTo(CheckCommandTest.rows(new com.fasterxml.jackson.databind.ObjectMapper().readTree(plainJson.out())));
  }

  @Test
  void checkOutWithJsonToAFile(@TempDir Path dir) throws IOException {
    Run run = Cli.run("check", SAMPLE, "--format", "json", "-o", dir.resolve("f.json").toString(),
        "--out", dir.resolve("f.gpkg").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(names(dir)).containsExactly("f.gpkg", "f.json");
    assertThat(Files.readString(dir.resolve("f.json"))).contains("\"findings\"");
  }

  @Test
  void checkOutRefusesWhatItMayNotWrite(@TempDir Path dir) throws IOException {
    Path existing = Files.writeString(dir.resolve("old.gpkg"), "keep me", StandardCharsets.UTF_8);
    Path survey = SurveyFiles.clean(dir.resolve("s"));

    Run exists = Cli.run("check", SAMPLE, "--out", existing.toString());
    Run notGpkg = Cli.run("check", SAMPLE, "--out", dir.resolve("x.geojson").toString());
    Run same = Cli.run("check", SAMPLE, "-o", dir.resolve("x.gpkg").toString(), "--out", dir.resolve("x.gpkg").toString());
    Run intoInput = Cli.run("check", survey.toString(), "--out", survey.resolve("x.gpkg").toString());
    Run outputExists = Cli.run("check", SAMPLE, "-o", existing.toString(), "--out", dir.resolve("new.gpkg").toString());

    assertThat(exists.exitCode()).isEqualTo(2);
    assertThat(exists.out()).as("nothing printed before the refusal").isEmpty();
    assertThat(exists.err()).isEqualTo("camsurvey: " + existing + ": exists; give --force to replace it" + NL);
    assertThat(notGpkg.exitCode()).isEqualTo(2);
    assertThat(notGpkg.err()).contains("name it *.gpkg, *.kml or *.kmz");
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("-o and --out name the same file");
    assertThat(intoInput.exitCode()).isEqualTo(2);
    assertThat(intoInput.err()).contains("the output would overwrite the input");
    assertThat(outputExists.exitCode()).isEqualTo(2);
    assertThat(names(dir)).containsExactly("old.gpkg", "s");
    assertThat(Files.readString(existing)).isEqualTo("keep me");

    Run forced = Cli.run("check", SAMPLE, "--out", existing.toString(), "--force");
    assertThat(forced.exitCode()).isEqualTo(1);
    assertThat(contents(existing)).hasSize(8);
  }

  @Test
  void checkOutWithBadInputLeavesNoFile(@TempDir Path dir) {
    Path survey = SurveyFiles.write(dir.resolve("s"), SurveyFiles.CLEAN_ZONES, SurveyFiles.camera("C7", ", \"heading\": 400"));

    Run run = Cli.run("check", survey.toString(), "--out", dir.resolve("out.gpkg").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("record C7, field 'heading'");
    assertThat(names(dir)).containsExactly("s");
  }

  @Test
  void fovToAGeoPackage(@TempDir Path dir) {
    Path out = dir.resolve("fov.gpkg");

    Run run = Cli.run("fov", SAMPLE, "-o", out.toString(), "--quality", "identify");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(contents(out)).containsExactly("fov features 25");
    assertThat(query(out, "SELECT styleQML FROM layer_styles WHERE f_table_name = 'fov'").get(0)).contains("30,90,200,60");
    assertThat(query(out, "SELECT geometry_type_name FROM gpkg_geometry_columns")).containsExactly("POLYGON");
    assertThat(query(out, "SELECT camera_id || ' ' || site_id || ' ' || heading || ' ' || hfov || ' ' || range_m || ' '"
        + " || quality FROM fov WHERE fid = 1")).containsExactly("ST-01 JFB-STREET 39.0 80.0 9.15 identify");
    assertThat(names(dir)).containsExactly("fov.gpkg");
  }

  @Test
  void fovToAGeoPackageWholeOrNotAtAll(@TempDir Path dir) throws IOException {
    Path existing = Files.writeString(dir.resolve("fov.gpkg"), "keep me", StandardCharsets.UTF_8);
    Path bad = SurveyFiles.write(dir.resolve("s"), null, SurveyFiles.camera("C7", ", \"hfov\": 0"));

    Run exists = Cli.run("fov", SAMPLE, "-o", existing.toString());
    Run badInput = Cli.run("fov", bad.toString(), "-o", dir.resolve("new.gpkg").toString());

    assertThat(exists.exitCode()).isEqualTo(2);
    assertThat(badInput.exitCode()).isEqualTo(3);
    assertThat(names(dir)).containsExactly("fov.gpkg", "s");
    assertThat(Files.readString(existing)).isEqualTo("keep me");
    assertThat(Cli.run("fov", SAMPLE, "-o", existing.toString(), "--force").exitCode()).isZero();
    assertThat(contents(existing)).containsExactly("fov features 25");
  }

  @Test
  void gdalOpensEveryGeoPackageTheProjectWrites(@TempDir Path dir) {
    Assumptions.assumeTrue(GeoPackages.ogrinfoInstalled(), "ogrinfo (GDAL, Debian package gdal-bin) is not installed");
    Path survey = dir.resolve("survey.gpkg");
    Path checked = dir.resolve("checked.gpkg");
    Path fov = dir.resolve("fov.gpkg");
    assertThat(Cli.run("import", SAMPLE, "-o", survey.toString()).exitCode()).isZero();
    assertThat(Cli.run("check", survey.toString(), "--out", checked.toString()).exitCode()).isEqualTo(1);
    assertThat(Cli.run("fov", survey.toString(), "-o", fov.toString()).exitCode()).isZero();

    assertThat(GeoPackages.ogrinfoSummary(survey)).contains("using driver `GPKG' successful",
        "Layer name: sites\nGeometry: Polygon\nFeature Count: 7\n",
        "Layer name: cameras\nGeometry: Point\nFeature Count: 25\n",
        "Layer name: zones\nGeometry: Polygon\nFeature Count: 20\n",
        "ID[\"EPSG\",4326]", "heading: Real (0.0)", "retention: Integer64 (0.0)", "signage: Integer(Boolean) (0.0)",
        "installed: Date (0.0)", "operator: String (0.0)");
    assertThat(GeoPackages.ogrinfoSummary(checked)).contains("Layer name: cameras\nGeometry: Point\nFeature Count: 25\n",
        "Layer name: findings\nGeometry: Unknown (any)\nFeature Count: 19\n", "overlap_m2: Real (0.0)",
        "message: String (0.0)");
    // every view one valid polygon in WGS 84 (two of the hotel's walled views used to cross themselves by nanometres)
    assertThat(GeoPackages.ogrinfoSummary(fov)).contains("Layer name: fov\nGeometry: Polygon\nFeature Count: 25\n",
        "area_m2: Real (0.0)");
    assertThat(GeoPackages.invalidGeometries(fov, "fov")).isZero();
  }

  @Test
  void everyGeoPackageTheProjectWritesMeetsTheStandard(@TempDir Path dir) {
    Assumptions.assumeTrue(GeoPackages.validator().isPresent(), "GDAL's validate_gpkg.py (python3-gdal) is not installed");
    Path survey = dir.resolve("survey.gpkg");
    Path checked = dir.resolve("checked.gpkg");
    Path fov = dir.resolve("fov.gpkg");
    Cli.run("import", SAMPLE, "-o", survey.toString());
    Cli.run("check", survey.toString(), "--out", checked.toString());
    Cli.run("fov", survey.toString(), "-o", fov.toString());

    GeoPackages.assertValid(survey);
    GeoPackages.assertValid(checked);
    GeoPackages.assertValid(fov);
  }
}
