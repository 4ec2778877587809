package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Layers of one name from several inputs make one layer; ids stay unique across them. */
class SurveyMergeTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Set<String> FIELDS = Set.of("camera_id", "site_id", "heading", "hfov", "range_m");

  @Test
  void layersOfOneNameFromSeveralInputsAreMerged() {
    Crs gk108 = Crs.parse("EPSG:4545");
    double[] xy = gk108.fromLonLat(106.5771, 29.5571);
    RawLayer a = cameras("a/cameras.geojson", Crs.wgs84(), camera(1, "C1", 106.577, 29.557));
    RawLayer b = cameras("b/cameras.csv", gk108, camera(1, "C2", xy[0], xy[1]));

    Survey survey = SurveyReader.assemble("merged", List.of(a, b), ImportOptions.defaults());

    assertThat(survey.cameras()).extracting(Camera::cameraId).containsExactly("C1", "C2");
    assertThat(survey.cameras()).extracting(c -> c.source().file()).containsExactly("a/cameras.geojson", "b/cameras.csv");
    double[] c2 = survey.frame().toLonLat(survey.cameras().get(1).location().getX(), survey.cameras().get(1).location().getY());
    assertThat(c2[0]).isCloseTo(106.5771, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c2[1]).isCloseTo(29.5571, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(survey.layers()).containsExactly("cameras");
  }

  @Test
  void anIdTwiceAcrossInputsNamesBoth() {
    RawLayer a = cameras("a/cameras.geojson", Crs.wgs84(), camera(1, "C1", 106.577, 29.557));
    RawLayer b = cameras("b/cameras.geojson", Crs.wgs84(), camera(1, "C2", 106.577, 29.557), camera(2, "C1", 106.578, 29.557));

    assertThatThrownBy(() -> SurveyReader.assemble("merged", List.of(a, b), ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("b/cameras.geojson: layer 'cameras', record C1, field 'camera_id': camera 'C1' appears twice in"
            + " site 'S1' (also in a/cameras.geojson, record C1)");
  }

  @Test
  void anIdTwiceInOneFileIsRefusedAsBefore() {
    RawLayer a = cameras("cameras.geojson", Crs.wgs84(), camera(1, "C1", 106.577, 29.557), camera(2, "C1", 106.578, 29.557));

    assertThatThrownBy(() -> SurveyReader.assemble("s", List.of(a), ImportOptions.defaults()))
        .hasMessage("cameras.geojson: layer 'cameras', record C1, field 'camera_id': camera 'C1' appears twice in site 'S1'");
  }

  @Test
  void oneFolderMayNotHoldALayerTwice(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("cameras.csv"), "camera_id,site_id,heading,hfov,range_m,lon,lat\nC1,S1,0,90,30,106.577,29.557\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cameras.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SurveyReader.read(dir, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(dir.resolve("cameras.geojson") + ": holds layer 'cameras', which " + dir.resolve("cameras.csv")
            + " holds too: keep one");
  }

  @Test
  void mergedCameraLayersAgreeOnHavingAFiledField() {
    RawLayer a = new RawLayer("cameras", "a/cameras.csv", Crs.wgs84(),
        Set.of("camera_id", "site_id", "heading", "hfov", "range_m", "filed"), List.of(camera(1, "C1", 106.577, 29.557)),
        List.of());
    RawLayer b = cameras("b/cameras.csv", Crs.wgs84(), camera(1, "C2", 106.577, 29.557));

    assertThatThrownBy(() -> SurveyReader.assemble("merged", List.of(a, b), ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("b/cameras.csv: layer 'cameras', field 'filed': the layer has no such field but the cameras of"
            + " a/cameras.csv have it, and merged, its cameras would read as not filed: give every input the field"
            + " (empty where not filed), or none");
  }

  @Test
  void theWrittenCameraLayerHasTheFieldsTheInputHad() {
    Survey survey = SurveyReader.assemble("s", List.of(cameras("cameras.geojson", Crs.wgs84(), camera(1, "C1", 106.577, 29.557))), ImportOptions.defaults());

    OutputLayer cameras = SurveyLayers.of(survey).stream().filter(l -> l.name().equals("cameras")).findFirst().orElseThrow();

    assertThat(cameras.fields()).extracting(LayerSchema.Field::name)
        .containsExactly("camera_id", "site_id", "heading", "hfov", "range_m");
  }

  private static RawLayer cameras(String file, Crs crs, RawFeature... features) {
    return new RawLayer("cameras", file, crs, FIELDS, List.of(features), List.of());
  }

  private static RawFeature camera(int number, String id, double x, double y) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("camera_id", id);
    values.put("site_id", "S1");
    values.put("heading", 0L);
    values.put("hfov", 90L);
    values.put("range_m", 30L);
    return new RawFeature(number, values, FACTORY.createPoint(new Coordinate(x, y)));
  }
}
