package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Survey;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.RawLayer;

/**
 * What {@code import} read and wrote: per input, its layers (in the spec's order) and their record
 * counts; every data warning as a sentence; then the survey written.
 */
public final class ImportSummary {
  /**
   * One input as the user named it, and the layers read from it.
   *
   * @param input the path as given
   * @param layers its layers, in the order read
   */
  public record Input(String input, List<RawLayer> layers) {
    public Input {
      layers = List.copyOf(layers);
    }
  }

  private ImportSummary() {}

  /**
   * The same as one JSON document: {@code {"tool", "output", "inputs": [{"input", "layers":
   * {name: records}}], "summary": {"sites", "cameras", "zones"}, "warnings": [findings as check
   * --format json writes them]}}.
   */
  public static void writeJson(List<Input> inputs, Survey survey, String output, String toolVersion,
      FindingMessages messages, Writer out) throws IOException {
    try (JsonGenerator g = FindingsJson.document(toolVersion, out)) {
      g.writeStringField("output", output);
      g.writeArrayFieldStart("inputs");
      for (Input input : inputs) {
        g.writeStartObject();
        g.writeStringField("input", input.input());
        g.writeObjectFieldStart("layers");
        for (Map.Entry<String, Integer> layer : counts(input).entrySet()) {
          g.writeNumberField(layer.getKey(), layer.getValue());
        }
        g.writeEndObject();
        Map<String, Crs> shifts = datumShifts(input);
        if (!shifts.isEmpty()) {
          g.writeObjectFieldStart("datum_shifts");
          for (Map.Entry<String, Crs> shift : shifts.entrySet()) {
            g.writeStringField(shift.getKey(), shift.getValue().datumName() + " " + shift.getValue().datumShiftDescription());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("sites", survey.sites().size());
      g.writeNumberField("cameras", survey.cameras().size());
      g.writeNumberField("zones", survey.zones().size());
      g.writeEndObject();
      g.writeArrayFieldStart("warnings");
      for (Finding warning : survey.importWarnings()) {
        if (warning.severity() == Severity.WARNING) {
          FindingsJson.writeFinding(g, warning, messages);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  /**
   * The layers of an input whose datum is shifted to WGS 84 as their CRS says, by file and layer
   * ({@code --towgs84} replaces the shift, and the user knows it).
   */
  private static Map<String, Crs> datumShifts(Input input) {
    Map<String, Crs> shifted = new java.util.LinkedHashMap<>();
    for (RawLayer layer : input.layers()) {
      if (layer.crs() != null && layer.crs().datumShift() != null) {
        shifted.put(layer.file() + " (" + layer.name() + ")", layer.crs());
      }
    }
    return shifted;
  }

  /** An input's layers in the spec's order, with their record counts. */
  private static Map<String, Integer> counts(Input input) {
    Map<String, Integer> counts = new TreeMap<>(Comparator.comparing(
        (String name) -> LayerName.parse(name).map(Enum::ordinal).orElse(Integer.MAX_VALUE)).thenComparing(name -> name));
    for (RawLayer layer : input.layers()) {
      counts.merge(layer.name(), layer.features().size(), Integer::sum);
    }
    return counts;
  }

  /**
   * @param output the file written, as the user named it
   */
  public static void write(List<Input> inputs, Survey survey, String output, FindingMessages messages, PrintWriter out) {
    for (Input input : inputs) {
      List<String> parts = new ArrayList<>();
      counts(input).forEach((layer, n) -> parts.add(layer + " " + n));
      out.println(input.input() + ": " + String.join(", ", parts));
      datumShifts(input).forEach((layer, crs) -> out.println(new MessageFormat(messages.text("summary.datum"),
          messages.language().locale()).format(new Object[] {layer, crs.datumName(), crs.datumShiftDescription()})));
    }
    for (Finding warning : survey.importWarnings()) {
      if (warning.severity() == Severity.WARNING) {
        out.println(messages.text("severity.warning") + ": " + messages.message(warning));
      }
    }
    out.println(output + ": " + new MessageFormat(messages.text("summary.counts"), messages.language().locale())
        .format(new Object[] {survey.sites().size(), survey.cameras().size(), survey.zones().size()}));
    out.flush();
  }
}
