package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.read.SurveyAssertions.assertSameSurvey;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Language;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.SiteClass;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.survey.SurveyAssembler;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.KmlWriter;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.ShapefileWriter;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The survey fields of the 2025 regulation (docs/SURVEY-FORMAT.md): sites' {@code class}, zones'
 * {@code kind} and rule {@code sensitive}, cameras' {@code consent} and {@code proposed}; read,
 * refused where wrong, and written by every writer of survey layers so that they read back alike.
 */
class RegulationFieldsTest {
  private static final String SQUARE =
      "\"POLYGON ((106.5771 29.5581, 106.5774 29.5581, 106.5774 29.5583, 106.5771 29.5583, 106.5771 29.5581))\"";
  private static final String SITES = "site_id,name,class\nS1,江北机场,operator\nS2,某部营区,\n";
  private static final String CAMERAS = """
      camera_id,site_id,lon,lat,heading,hfov,range_m,signage,consent,proposed
      C1,S1,106.5770,29.5580,45,90,30,yes,no,
      C2,S1,106.5772,29.5580,90,90,30,yes,,yes
      C3,S2,106.5772,29.5584,90,90,30,no,是,否
      """;
  private static final String ZONES = "zone_id,site_id,rule,item,kind,name,wkt\n"
      + "Z1,S1,forbidden,,fitting_room,免税店试衣间," + SQUARE + "\n"
      + "Z2,S1,mandated,8.7,gathering_place,到达大厅," + SQUARE + "\n"
      + "Z3,S2,sensitive,,,营区周边," + SQUARE + "\n"
      + "Z4,S1,mandated,8.6,,出发层," + SQUARE + "\n";

  private static RawLayer csv(String layer, String text) {
    return new CsvReader().read(layer + ".csv", text.getBytes(StandardCharsets.UTF_8), layer,
        ImportOptions.defaults());
  }

  private static Survey assemble(String sites, String cameras, String zones) {
    return SurveyAssembler.assemble("survey", List.of(csv("sites", sites), csv("cameras", cameras), csv("zones", zones)),
        Statute.of(Language.ZH));
  }

  private static Survey survey() {
    return assemble(SITES, CAMERAS, ZONES);
  }

  @Test
  void readsTheSiteClassTheZoneKindAndTheCameraConsentAndProposal() {
    Survey survey = survey();

    assertThat(survey.sites()).extracting(s -> s.siteClass()).containsExactly(SiteClass.OPERATOR, null);
    assertThat(survey.cameras()).extracting(Camera::consent).containsExactly(false, null, true);
    assertThat(survey.cameras()).extracting(Camera::proposed).containsExactly(null, true, false);
    assertThat(survey.zones()).extracting(Zone::rule)
        .containsExactly(ZoneRule.FORBIDDEN, ZoneRule.MANDATED, ZoneRule.SENSITIVE, ZoneRule.MANDATED);
    assertThat(survey.zones()).extracting(Zone::kind)
        .containsExactly(PlaceKind.FITTING_ROOM, PlaceKind.GATHERING_PLACE, null, null);
    // as given: no item is derived into the zone from its kind, nor a kind from its item
    assertThat(survey.zones()).extracting(z -> z.item() == null ? null : z.item().toString())
        .containsExactly(null, "8.7", null, "8.6");
  }

  @Test
  void theGeoPackageOfImportHoldsTheNewFieldsAndReadsBackAlike(@TempDir Path dir) throws IOException {
    Survey survey = survey();
    Path file = dir.resolve("survey.gpkg");

    GeoPackageWriter.write(file, SurveyLayers.of(survey));

    assertSameSurvey(SurveyReader.read(file, ImportOptions.defaults()), survey, 1e-9);
  }

  @Test
  void shapefilesAndKmlHoldTheNewFieldsAndReadBackAlike(@TempDir Path dir) throws IOException {
    Survey survey = survey();
    Path shapes = Files.createDirectory(dir.resolve("shapes"));
    for (OutputLayer layer : SurveyLayers.of(survey)) {
      ShapefileWriter.write(layer, shapes, false);
    }
    Path kml = dir.resolve("survey.kml");
    try (OutputStream out = Files.newOutputStream(kml)) {
      KmlWriter.writeLayers(SurveyLayers.of(survey), "survey", out, false);
    }

    assertSameSurvey(SurveyReader.read(shapes, ImportOptions.defaults()), survey, 1e-7);
    assertSameSurvey(SurveyReader.read(kml, ImportOptions.defaults()), survey, 1e-7);
  }

  @Test
  void anUnknownSiteClassIsRefusedWithTheClassesThereAre() {
    Rejection.of(() -> assemble("site_id,class\nS1,public\n", CAMERAS, ZONES))
        .names("sites.csv", "sites", "S1", "class")
        .because("'public' is not a site class: government, operator, other, private");
  }

  @Test
  void anUnknownPlaceKindIsRefusedWithTheKindsThereAre() {
    Rejection.of(() -> assemble(SITES, CAMERAS, "zone_id,site_id,rule,item,kind,wkt\nZ1,S1,forbidden,,hotel_room,"
            + SQUARE + "\n"))
        .names("zones.csv", "zones", "Z1", "kind")
        .because("'hotel_room' is not a place kind: " + PlaceKind.codes());
  }

  @Test
  void aKindOfAnotherRuleIsRefused() {
    Rejection.of(() -> assemble(SITES, CAMERAS, "zone_id,site_id,rule,item,kind,wkt\nZ1,S1,mandated,,toilet,"
            + SQUARE + "\n"))
        .names("zones.csv", "zones", "Z1", "kind")
        .because("a toilet zone is forbidden, not mandated");
  }

  @Test
  void aSensitiveZoneWithAnItemOfTheMeasuresIsRefused() {
    Rejection.of(() -> assemble(SITES, CAMERAS, "zone_id,site_id,rule,item,kind,wkt\nZ1,S2,sensitive,8.1,,"
            + SQUARE + "\n"))
        .names("zones.csv", "zones", "Z1", "item")
        .because("a sensitive zone has no item of the measures (the 2025 regulation's Art. 10 names it)");
  }

  @Test
  void aZoneWithNeitherItemNorKindIsRefused() {
    Rejection.of(() -> assemble(SITES, CAMERAS, "zone_id,site_id,rule,item,kind,wkt\nZ1,S1,forbidden,,,"
            + SQUARE + "\n"))
        .names("zones.csv", "zones", "Z1", "item")
        .because("a forbidden zone needs the measures' item (such as 9.3) or its place kind (kind)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"consent", "proposed"})
  void aConsentOrProposalThatIsNotYesOrNoIsRefused(String field) {
    String cameras = "camera_id,site_id,lon,lat,heading,hfov,range_m," + field + "\nC1,S1,106.5770,29.5580,45,90,30,maybe\n";

    Rejection.of(() -> assemble(SITES, cameras, ZONES)).names("cameras.csv", "cameras", "C1", field);
  }
}
