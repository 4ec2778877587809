package org.camsurvey.read;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.camsurvey.geo.Crs;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.survey.SurveyAssembler;

/**
 * Whatever bytes a GeoJSON file holds, reading and assembling them either gives a survey or
 * fails with an {@link InputException}; nothing else escapes.
 *
 * <p>{@code mvn test} runs the method over its inputs in {@code GeoJsonReaderFuzzTestInputs};
 * with {@code JAZZER_FUZZ=1} and {@code -Dtest=GeoJsonReaderFuzzTest} it fuzzes, and any crash
 * it finds lands there as a new regression input.
 */
class GeoJsonReaderFuzzTest {
  private static final Statute STATUTE = Statute.of(Language.ZH);
  private static final ImportOptions GK_108 = new ImportOptions(Crs.parse("EPSG:4545"), null);

  @DictionaryEntries({
    "\"FeatureCollection\"", "\"Feature\"", "\"features\"", "\"properties\"", "\"geometry\"",
    "\"coordinates\"", "\"geometries\"", "\"Point\"", "\"MultiPoint\"", "\"LineString\"", "\"Polygon\"",
    "\"MultiPolygon\"", "\"GeometryCollection\"", "\"crs\"", "\"name\"", "\"EPSG:4545\"", "\"+proj=",
    "\"layer\"", "\"sites\"", "\"cameras\"", "\"zones\"", "\"obstacles\"", "\"access_log\"",
    "\"camera_id\"", "\"site_id\"", "\"zone_id\"", "\"heading\"", "\"hfov\"", "\"range_m\"", "\"res_h\"",
    "\"tilt\"", "\"cam_type\"", "\"signage\"", "\"filed\"", "\"rule\"", "\"item\"", "\"mandated\"",
    "\"forbidden\"", "\"when\"", "NaN", "-Infinity", "1e400", "null", "true", "[106.577,29.558]"
  })
  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesOrRejectsThemAsInput(byte[] content) {
    readAndAssemble(content, null, ImportOptions.defaults());
    readAndAssemble(content, "cameras", ImportOptions.defaults());
    readAndAssemble(content, null, GK_108);
  }

  private static void readAndAssemble(byte[] content, String layerFromName, ImportOptions options) {
    try {
      List<RawLayer> layers = new GeoJsonReader().read("fuzz.geojson", content, layerFromName, options);
      SurveyInvariants.check(SurveyAssembler.assemble("fuzz", layers, STATUTE));
    } catch (InputException rejected) {
      SurveyInvariants.check(rejected);
    }
  }
}
