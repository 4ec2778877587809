package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camsurvey.read.Fixtures.utf8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.read.CsvReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Point;

/**
 * Raw layers as the readers give them, written in a line for the assembler's tests (a valid
 * camera with one field changed, a zones table of a few rows), and the assembler run on them.
 */
final class RawLayers {
  static final Statute STATUTE = Statute.of(Language.ZH);
  static final ImportOptions DEFAULTS = ImportOptions.defaults();
  static final double LON = 106.5770;
  static final double LAT = 29.5580;
  /** A tenth of a millimetre, in degrees. */
  static final double TENTH_MM_DEGREES = 1e-9;

  static final String ZONE_SQUARE =
      "POLYGON ((106.5771 29.5581, 106.5774 29.5581, 106.5774 29.5583, 106.5771 29.5583, 106.5771 29.5581))";

  static Map<String, String> validCamera() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("camera_id", "C1");
    fields.put("site_id", "S1");
    fields.put("lon", Double.toString(LON));
    fields.put("lat", Double.toString(LAT));
    fields.put("heading", "45");
    fields.put("hfov", "90");
    fields.put("range_m", "30");
    fields.put("res_h", "1920");
    fields.put("height_m", "3.5");
    fields.put("tilt", "10");
    fields.put("vfov", "50");
    fields.put("cam_type", "fixed");
    fields.put("signage", "yes");
    fields.put("retention", "30");
    fields.put("runs_24h", "no");
    fields.put("installed", "2016-04-12");
    fields.put("filed", "2016-05-20");
    fields.put("operator", "重庆市渝中区碑西实验小学");
    return fields;
  }

  /** A cameras.csv of one valid camera with one field set to the value given. */
  static RawLayer cameraWith(String field, String value) {
    Map<String, String> fields = validCamera();
    fields.put(field, value);
    return csv("cameras", table(List.of(fields)));
  }

  static String table(List<Map<String, String>> rows) {
    StringBuilder b = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
    for (Map<String, String> row : rows) {
      List<String> values = new ArrayList<>();
      row.values().forEach(v -> values.add(v.contains(",") ? '"' + v + '"' : v));
      b.append(String.join(",", values)).append('\n');
    }
    return b.toString();
  }

  static RawLayer csv(String layer, String text) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, DEFAULTS);
  }

  static RawLayer csv(String layer, String text, ImportOptions options) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, options);
  }

  static RawLayer zones(String... rows) {
    return csv("zones", "zone_id,site_id,rule,item,name,min_cover,wkt\n" + String.join("\n", rows) + "\n");
  }

  static RawLayer oneCamera() {
    return csv("cameras", table(List.of(validCamera())));
  }

  static Survey assemble(RawLayer... layers) {
    return SurveyAssembler.assemble("survey", List.of(layers), STATUTE);
  }

  static Camera onlyCamera(Survey survey) {
    assertThat(survey.cameras()).hasSize(1);
    return survey.cameras().get(0);
  }

  static double[] lonLatOf(Survey survey, Point location) {
    return survey.frame().toLonLat(location.getX(), location.getY());
  }

  static List<Finding> warnings(Survey survey, FindingCode code) {
    return survey.importWarnings().stream().filter(w -> w.code() == code).toList();
  }

  private RawLayers() {}
}
