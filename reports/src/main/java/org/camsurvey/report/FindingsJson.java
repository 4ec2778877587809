package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Severity;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.ZoneCoverage;

/** The JSON document of docs/CLI.md: tool, input, summary and the findings in order. */
public final class FindingsJson {
  private static final JsonFactory JSON = new JsonFactory();

  private FindingsJson() {}

  /**
   * A pretty-printed JSON document opened on a writer (left open), its object begun with the
   * {@code tool} block every command's JSON starts with.
   */
  static JsonGenerator document(String toolVersion, Writer out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "camsurvey");
    g.writeStringField("version", toolVersion);
    g.writeEndObject();
    return g;
  }

  /**
   * @param input the survey as the user named it (a path as given)
   */
  public static void write(CheckResult result, String toolVersion, String input, FindingMessages messages, Writer out)
      throws IOException {
    try (JsonGenerator g = document(toolVersion, out)) {
      g.writeStringField("input", input);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("sites", result.survey().sites().size());
      g.writeNumberField("cameras", result.survey().cameras().size());
      g.writeNumberField("zones", result.survey().zones().size());
      g.writeNumberField("violations", result.count(Severity.VIOLATION));
      g.writeNumberField("deficiencies", result.count(Severity.DEFICIENCY));
      g.writeNumberField("warnings", result.count(Severity.WARNING));
      writeLaws(g, result);
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Finding finding : result.findings()) {
        writeFinding(g, finding, messages);
      }
      g.writeEndArray();
      writeCoverage(g, result);
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  /**
   * The counts of each law's findings, where the check applied any law but the measures alone:
   * each law's own findings and the warnings raised under it (warnings about the survey itself
   * belong to no law and are in neither).
   */
  private static void writeLaws(JsonGenerator g, CheckResult result) throws IOException {
    List<LawId> laws = result.options().laws();
    if (laws.equals(List.of(LawId.CQ2009))) {
      return;
    }
    g.writeObjectFieldStart("laws");
    for (LawId law : laws) {
      g.writeObjectFieldStart(law.code());
      for (Severity severity : Severity.values()) {
        g.writeNumberField(PLURALS.get(severity), result.findings().stream()
            .filter(f -> f.law() == law && f.severity() == severity).count());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static final Map<Severity, String> PLURALS =
      Map.of(Severity.VIOLATION, "violations", Severity.DEFICIENCY, "deficiencies", Severity.WARNING, "warnings");

  /**
   * Every mandated zone's coverage, met or not, after the findings: a member docs/CLI.md does not
   * name, so scripts that read only the findings are unaffected.
   */
  private static void writeCoverage(JsonGenerator g, CheckResult result) throws IOException {
    g.writeArrayFieldStart("coverage");
    for (ZoneCoverage c : result.coverage()) {
      g.writeStartObject();
      g.writeStringField("site_id", c.zone().siteId());
      g.writeStringField("zone_id", c.zone().zoneId());
      optional(g, "item", c.zone().item() == null ? null : c.zone().item().toString());
      optional(g, "zone_name", c.zone().name());
      g.writeNumberField("coverage", BigDecimal.valueOf(c.coverage()).setScale(3, RoundingMode.DOWN).doubleValue());
      g.writeNumberField("required", result.required(c));
      g.writeBooleanField("met", c.coverage() >= result.required(c));
      g.writeFieldName("covered_by");
      value(g, c.coveredBy());
      g.writeFieldName("seen_by_other_sites");
      value(g, c.seenByOtherSites());
      g.writeNumberField("uncovered_m2",
          BigDecimal.valueOf(c.uncoveredGroundArea(result.survey().frame())).setScale(2, RoundingMode.HALF_UP).doubleValue());
      if (c.image() != null) {
        g.writeStringField("image_camera", c.image().cameraId());
        g.writeStringField("quality_reached", c.image().reached() == null ? "below_detect" : c.image().reached().code());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One finding as an object, the shape JSON Lines output shares. */
  static void writeFinding(JsonGenerator g, Finding f, FindingMessages messages) throws IOException {
    writeFinding(g, f, messages.message(f));
  }

  /** One finding as an object, its message already made. */
  static void writeFinding(JsonGenerator g, Finding f, String message) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code().name());
    g.writeStringField("severity", f.severity().code());
    g.writeStringField("party", f.party().code());
    optional(g, "law", f.law() == null ? null : f.law().code());
    optional(g, "article", f.article());
    optional(g, "item", f.item());
    optional(g, "site_id", f.siteId());
    optional(g, "camera_id", f.recordId("camera_id"));
    optional(g, "zone_id", f.recordId("zone_id"));
    optional(g, "zone_site_id", f.zoneSiteId());
    optional(g, "obst_id", f.recordId("obst_id"));
    for (Map.Entry<String, Object> figure : f.figures().entrySet()) {
      g.writeFieldName(figure.getKey());
      value(g, figure.getValue());
    }
    optional(g, "consequence", f.consequence());
    if (f.namesRecord()) {
      g.writeStringField("file", f.source().file());
      optional(g, "layer", f.source().layer());
      if (f.source().recordNumber() > 0) {
        g.writeStringField("record", f.source().recordLabel());
      }
    }
    g.writeStringField("message", message);
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(String.valueOf(value));
    }
  }
}
