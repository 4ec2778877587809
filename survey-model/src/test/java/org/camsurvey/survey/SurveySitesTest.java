package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.Samples;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A survey read site by site checks to the same findings, in the same order, as read whole. */
class SurveySitesTest {
  @Test
  void siteBySiteTheSampleGivesTheFindingsOfTheWholeInOrder() {
    Path sample = Samples.jiefangbei();
    List<Finding> whole = Checker.check(SurveyReader.read(sample, ImportOptions.defaults()), CheckOptions.defaults())
        .findings();
    List<Finding> bySite = new ArrayList<>();
    List<String> units = new ArrayList<>();
    SurveySites.read(sample, ImportOptions.defaults(), unit -> {
      units.add(String.valueOf(unit.siteId()));
      bySite.addAll(Checker.check(unit.survey(), CheckOptions.defaults()).findings());
    });

    assertThat(units).containsExactly("null", "JFB-BANK", "JFB-HOTEL", "JFB-HOTEL-3F", "JFB-MALL", "JFB-SCHOOL",
        "JFB-STREET", "JFB-WC");
    assertThat(rows(bySite)).containsExactlyElementsOf(rows(whole));
  }

  /**
   * A GeoPackage is read a site at a time, whether its cameras are stored in site order (no sort
   * needed) or not (SQLite sorts them), and with sites that have zones but no cameras.
   */
  @Test
  void aGeoPackageReadSiteBySiteGivesTheFindingsOfTheWhole(@TempDir Path dir) throws IOException {
    Survey sample = SurveyReader.read(Samples.jiefangbei(), ImportOptions.defaults());
    List<Camera> reversed = new ArrayList<>(sample.cameras());
    java.util.Collections.reverse(reversed);
    List<Camera> withoutTheSchool = sample.cameras().stream().filter(c -> !c.siteId().equals("JFB-SCHOOL")).toList();
    for (List<Camera> cameras : List.of(sample.cameras(), reversed, withoutTheSchool)) {
      Path file = Files.createTempFile(dir, "survey", ".gpkg");
      Files.delete(file);
      GeoPackageWriter.write(file, SurveyLayers.of(new Survey(sample.name(), sample.layers(), sample.frame(),
          sample.sites(), cameras, sample.zones(), sample.obstacles(), sample.accessLog(), sample.checklist(),
          sample.cameraFields(), List.of())));
      List<Finding> whole = Checker.check(SurveyReader.read(file, ImportOptions.defaults()), CheckOptions.defaults())
          .findings();
      List<Finding> bySite = new ArrayList<>();
      List<Integer> cameraCounts = new ArrayList<>();
      SurveySites.read(file, ImportOptions.defaults(), unit -> {
        bySite.addAll(Checker.check(unit.survey(), CheckOptions.defaults()).findings());
        cameraCounts.add(unit.cameras());
      });

      assertThat(rows(bySite)).containsExactlyElementsOf(rows(whole));
      assertThat(cameraCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(cameras.size());
      assertThat(cameraCounts).hasSize(8);
    }
  }

  @Test
  void aSiteHoldsItsOwnZonesAndTheForbiddenZonesItsCamerasReach() {
    List<String> zones = new ArrayList<>();
    SurveySites.read(Samples.jiefangbei(), ImportOptions.defaults(), unit -> {
      if ("JFB-STREET".equals(unit.siteId())) {
        zones.addAll(unit.survey().zones().stream().map(z -> z.siteId() + "/" + z.zoneId()).toList());
        assertThat(unit.zones()).isEqualTo((int) zones.stream().filter(z -> z.startsWith("JFB-STREET/")).count());
      }
    });

    assertThat(zones).contains("JFB-WC/Z-W-01").allMatch(z -> z.startsWith("JFB-STREET/") || !z.contains("Z-ST"));
  }

  @Test
  void aFolderOfSurveysStandsForEachSurveyInItByName(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b-district"));
    Files.writeString(dir.resolve("a.gpkg"), "");
    Files.writeString(dir.resolve("README.txt"), "not a survey");
    Files.createDirectories(dir.resolve(".hidden"));

    assertThat(SurveySites.surveys(dir, ImportOptions.defaults()))
        .containsExactly(dir.resolve("a.gpkg"), dir.resolve("b-district"));
    assertThat(SurveySites.surveys(Samples.jiefangbei(), ImportOptions.defaults()))
        .containsExactly(Samples.jiefangbei());
    assertThatThrownBy(() -> SurveySites.surveys(dir.resolve("b-district"), ImportOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageContaining("holds neither survey layers nor surveys");
  }

  private static List<String> rows(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.siteId() + " " + f.cameraId() + " " + f.zoneId() + " "
        + f.figures()).toList();
  }
}
