package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.read.Fixtures.utf8;
import static org.camsurvey.survey.RawLayers.DEFAULTS;
import static org.camsurvey.survey.RawLayers.ZONE_SQUARE;
import static org.camsurvey.survey.RawLayers.assemble;
import static org.camsurvey.survey.RawLayers.csv;
import static org.camsurvey.survey.RawLayers.oneCamera;
import static org.camsurvey.survey.RawLayers.onlyCamera;
import static org.camsurvey.survey.RawLayers.table;
import static org.camsurvey.survey.RawLayers.validCamera;
import static org.camsurvey.survey.RawLayers.warnings;
import static org.camsurvey.survey.RawLayers.zones;

import java.util.List;
import java.util.Map;
import org.camsurvey.model.Camera;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.read.CsvReader;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.Rejection;
import org.junit.jupiter.api.Test;

/**
 * The layers assembled into one survey: the sites records fall in (listed, implied or the
 * survey's own), the layers a survey needs, and one layer's records from several files.
 */
class SurveyAssemblerTest {
  @Test
  void putsCamerasOfALayerWithoutSiteIdsInASiteNamedAfterTheSurvey() {
    RawLayer cameras = csv("cameras", "camera_id,lon,lat,heading,hfov,range_m,cam_type,signage,retention,runs_24h,filed\n"
        + "C1,106.577,29.558,0,90,30,dome,yes,30,yes,\n");

    Survey survey = assemble(cameras);

    assertThat(onlyCamera(survey).siteId()).isEqualTo("survey");
    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("survey");
    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_MISSING_FIELD);
      assertThat(w.figures()).containsEntry("fields", "site_id");
    });
  }

  @Test
  void acceptsTheSameCameraIdInTwoSites() {
    Map<String, String> other = validCamera();
    other.put("site_id", "S2");

    Survey survey = assemble(csv("cameras", table(List.of(validCamera(), other))));

    assertThat(survey.cameras()).extracting(Camera::siteId).containsExactly("S1", "S2");
    assertThat(survey.cameras()).extracting(Camera::cameraId).containsExactly("C1", "C1");
  }

  @Test
  void warnsAboutCameraSitesTheSitesLayerDoesNotList() {
    Map<String, String> stray = validCamera();
    stray.put("camera_id", "C9");
    stray.put("site_id", "S9");
    RawLayer sites = csv("sites", "site_id,name\nS1,碑西实验小学\n");
    RawLayer cameras = csv("cameras", table(List.of(validCamera(), stray)));

    Survey survey = assemble(sites, cameras);

    assertThat(survey.importWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_UNKNOWN_SITE);
      assertThat(w.siteId()).isEqualTo("S9");
      assertThat(w.source().file()).isEqualTo("sites.csv");
      assertThat(w.source().recordLabel()).isEqualTo("S9");
    });
    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("S1", "S9");
    assertThat(survey.sites().get(0).name()).isEqualTo("碑西实验小学");
  }

  @Test
  void impliesSitesWithoutWarningWhenThereIsNoSitesLayer() {
    Survey survey = assemble(oneCamera(), zones("Z1,S2,forbidden,9.3,,," + '"' + ZONE_SQUARE + '"'));

    assertThat(survey.sites()).extracting(Site::siteId).containsExactly("S1", "S2");
    assertThat(warnings(survey, FindingCode.DATA_UNKNOWN_SITE)).isEmpty();
  }

  @Test
  void rejectsLayersWithoutCameras() {
    Rejection.of(() -> assemble(zones("Z1,S1,forbidden,9.3,,," + '"' + ZONE_SQUARE + '"')))
        .names("survey", null, null, null)
        .because("has no cameras layer");
  }

  @Test
  void aCameraInTwoFilesOfOneLayerIsRefusedNamingBoth() {
    RawLayer again = new CsvReader().read("more/cameras.csv", utf8(table(List.of(validCamera()))), "cameras", DEFAULTS);

    // Two files may each hold part of a layer (import merges them); one camera twice is an error.
    Rejection.of(() -> assemble(oneCamera(), again))
        .names("more/cameras.csv", "cameras", "C1", "camera_id")
        .because("cameras.csv");
  }

  @Test
  void rejectsASiteListedTwice() {
    RawLayer sites = csv("sites", "site_id,name\nS1,甲\nS1,乙\n");

    Rejection.of(() -> assemble(sites, oneCamera()))
        .names("sites.csv", "sites", "S1", "site_id")
        .because("site 'S1' is listed twice");
  }
}
