package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldMappingTest {
  private static RawLayer layer(String name, Map<String, Object> attributes) {
    return new RawLayer(name, name + ".shp", null, attributes.keySet(),
        List.of(new RawFeature(1, attributes, null)), List.of());
  }

  private static Map<String, Object> attributes(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void renamesFieldsValuesAndLayers() {
    FieldMapping mapping = FieldMapping.parse("test", """
        # comment
        摄像机编号 = camera_id
        AZIMUTH=heading
        cam_type.球机=ptz
        CAM_TYPE.Fixed=fixed
        @layer.摄像机=cameras
        """);
    RawLayer mapped = mapping.apply(List.of(layer("摄像机",
        attributes("摄像机编号", "C1", "azimuth", 45L, "cam_type", "球机", "other", "x")))).get(0);

    assertThat(mapped.name()).isEqualTo("cameras");
    assertThat(mapped.fields()).isEqualTo(Set.of("camera_id", "heading", "cam_type", "other"));
    assertThat(mapped.features().get(0).attributes())
        .containsEntry("camera_id", "C1").containsEntry("heading", 45L).containsEntry("cam_type", "ptz")
        .containsEntry("other", "x");
    assertThat(mapping.apply(List.of(layer("cameras", attributes("cam_type", "FIXED")))).get(0).features().get(0)
        .attributes()).containsEntry("cam_type", "fixed");
  }

  /** A municipal export may carry both its own id and an empty canonical column. */
  @Test
  void aMappedValueWinsOverAnEmptyCanonicalOneAndTheFirstMappedWins() {
    FieldMapping mapping = FieldMapping.parse("test", "编号=camera_id\nid=camera_id\n");
    Map<String, Object> out = mapping.apply(List.of(layer("cameras",
        attributes("camera_id", null, "编号", "", "id", "N7", "x", 1L)))).get(0).features().get(0).attributes();
    assertThat(out).containsEntry("camera_id", "N7");
  }

  @Test
  void theOsmPresetLoads() {
    FieldMapping osm = FieldMapping.load("osm");
    assertThat(osm.defaultLayer()).contains("cameras");
    Map<String, Object> out = osm.apply(List.of(layer("cameras",
        attributes("@id", "node/1", "camera:direction", "SW", "camera:angle", "20", "camera:type", "panning"))))
        .get(0).features().get(0).attributes();
    assertThat(out).containsEntry("camera_id", "node/1").containsEntry("heading", 225.0)
        .containsEntry("tilt", 20.0).containsEntry("cam_type", "ptz");
  }

  @Test
  void theOsmPresetSpreadsGdalsOtherTagsAndReadsTheSameDirections() {
    FieldMapping osm = FieldMapping.load("osm");
    RawLayer gdal = osm.apply(List.of(layer("cameras", attributes("osm_id", "1", "man_made", "surveillance",
        "other_tags", "\"camera:direction\"=>\"190-100\",\"camera:type\"=>\"webcam\",\"note\"=>\"a \\\"quoted\\\" word\""))))
        .get(0);

    assertThat(gdal.features().get(0).attributes()).containsEntry("camera_id", "1").containsEntry("heading", 325.0)
        .containsEntry("note", "a \"quoted\" word").doesNotContainKeys("other_tags", "cam_type");
    assertThat(gdal.warnings()).extracting(w -> w.code().name() + " " + w.figures().get("tag") + "=" + w.figures().get("value"))
        .containsExactly("DATA_TAG_DEFAULTED camera:type=webcam", "DATA_DIRECTION_RANGE camera:direction=190-100");
  }

  @Test
  void hstoreTextIsReadAsGdalWritesIt() {
    assertThat(HstoreTags.parse("\"a\"=>\"1\", \"B\"=>NULL,\"c\"=>\"x\\\\y\"")).contains(Map.of("a", "1", "c", "x\\y"));
    assertThat(HstoreTags.parse("")).contains(Map.of());
    assertThat(HstoreTags.parse("\"a\"=\"1\"")).isEmpty();
    assertThat(HstoreTags.parse("\"a\"=>\"1")).isEmpty();
  }

  @Test
  void aDirectiveWithAnUnknownValueNamesItsLine() {
    assertThatThrownBy(() -> FieldMapping.parse("m.txt", "@crowd-mapped=maybe\n"))
        .isInstanceOf(InputException.class).hasMessageContaining("line 1").hasMessageContaining("yes or no");
  }

  @Test
  void aLineThatIsNotAMappingNamesItsLine() {
    assertThatThrownBy(() -> FieldMapping.parse("m.txt", "a=heading\nno equals sign\n"))
        .isInstanceOf(InputException.class).hasMessageContaining("m.txt").hasMessageContaining("line 2");
    assertThatThrownBy(() -> FieldMapping.parse("m.txt", "方向=headng\n"))
        .hasMessageContaining("'headng' is not a field of the survey format");
    assertThatThrownBy(() -> FieldMapping.parse("m.txt", "@layer.x=cams\n"))
        .hasMessageContaining("'cams' is not a survey layer");
  }

  @Test
  void aMappingFileMustBeUtf8(@TempDir Path dir) throws Exception {
    Path gbk = dir.resolve("gbk.map");
    Files.write(gbk, "方向角=heading\n".getBytes("GBK"));
    assertThatThrownBy(() -> FieldMapping.load(gbk.toString()))
        .isInstanceOf(InputException.class).hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> FieldMapping.load(dir.resolve("missing.map").toString()))
        .hasMessageContaining("neither a mapping file nor a preset");
  }
}
