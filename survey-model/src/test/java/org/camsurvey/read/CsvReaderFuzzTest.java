package org.camsurvey.read;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.geo.Crs;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.survey.SurveyAssembler;

/**
 * Whatever bytes a CSV file holds, reading them as any layer and assembling them either gives a
 * survey or fails with an {@link InputException}; nothing else escapes.
 *
 * <p>{@code mvn test} runs the method over its inputs in {@code CsvReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} and {@code -Dtest=CsvReaderFuzzTest} it fuzzes, and any crash it finds
 * lands there as a new regression input.
 */
class CsvReaderFuzzTest {
  private static final Statute STATUTE = Statute.of(Language.ZH);
  private static final ImportOptions GK_108 = new ImportOptions(Crs.parse("EPSG:4545"), null);
  /** A valid cameras layer, so that the other layers read from the input get assembled too. */
  private static final RawLayer CAMERAS = new CsvReader().read("cameras.csv",
      "camera_id,site_id,lon,lat,heading,hfov,range_m\nC1,S1,106.577,29.558,45,90,30\n".getBytes(StandardCharsets.UTF_8),
      "cameras", ImportOptions.defaults());

  @DictionaryEntries({
    "camera_id", "site_id", "zone_id", "obst_id", "lon", "lat", "x", "y", "wkt", "heading", "hfov", "range_m",
    "res_h", "height_m", "tilt", "vfov", "cam_type", "signage", "retention", "runs_24h", "installed", "filed",
    "rule", "item", "min_cover", "when", "persons", "footage", "mandated", "forbidden", "fisheye", "是", "否",
    "2024年3月5日", "9时05分", "POINT (", "LINESTRING (", "POLYGON ((", "MULTIPOLYGON (((", "GEOMETRYCOLLECTION (",
    "EMPTY", "NaN", "1e400", ";", "106.577", "29.558", "362088.3", "3271963.2", "9.3", "8.11"
  })
  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesAsAnyLayerOrRejectsThemAsInput(byte[] content) {
    for (LayerName layer : LayerName.values()) {
      readAndAssemble(content, layer, ImportOptions.defaults());
    }
    readAndAssemble(content, LayerName.CAMERAS, GK_108);
    readAndAssemble(content, LayerName.ZONES, GK_108);
  }

  private static void readAndAssemble(byte[] content, LayerName layer, ImportOptions options) {
    try {
      RawLayer read = new CsvReader().read(layer.id() + ".csv", content, layer.id(), options);
      List<RawLayer> layers = new ArrayList<>(List.of(read));
      if (layer != LayerName.CAMERAS) {
        layers.add(CAMERAS);
      }
      SurveyInvariants.check(SurveyAssembler.assemble("fuzz", layers, STATUTE));
    } catch (InputException rejected) {
      SurveyInvariants.check(rejected);
    }
  }
}
