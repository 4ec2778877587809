package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camsurvey.model.Camera;
import org.camsurvey.remedy.Remedy;
import org.camsurvey.remedy.RemedyPlan;

/**
 * A fix's proposal as JSON: the tool block, the input, a summary and one object per remedy with
 * the same content as the table; a new camera also gives its place (WGS 84) and optics.
 */
public final class RemedyJson {
  private RemedyJson() {}

  public static void write(RemedyPlan plan, String toolVersion, String input, Writer out) throws IOException {
    try (JsonGenerator g = FindingsJson.document(toolVersion, out)) {
      g.writeStringField("input", input);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("changes", plan.remedies().stream().filter(r -> !r.unfixable()).count());
      g.writeNumberField("new_cameras", plan.remedies().stream().filter(r -> r.action() == Remedy.Action.NEW_CAMERA).count());
      g.writeNumberField("unfixable", plan.unfixable().size());
      g.writeNumberField("not_cleared", plan.notCleared().size());
      g.writeEndObject();
      g.writeArrayFieldStart("remedies");
      for (Remedy r : plan.remedies()) {
        write(g, plan, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static void write(JsonGenerator g, RemedyPlan plan, Remedy r) throws IOException {
    g.writeStartObject();
    g.writeStringField("site_id", r.siteId());
    if (r.cameraId() != null) {
      g.writeStringField("camera_id", r.cameraId());
    }
    if (r.zoneId() != null) {
      g.writeStringField("zone_id", r.zoneId());
    }
    g.writeStringField("action", r.action().code());
    g.writeBooleanField("unfixable", r.unfixable());
    if (r.from() != null) {
      g.writeNumberField("from", round(r.from(), 6));
    }
    if (r.to() != null) {
      g.writeNumberField("to", round(r.to(), 6));
    }
    if (!r.orderedBy().isEmpty()) {
      g.writeArrayFieldStart("ordered_by");
      for (Remedy.Order order : r.orderedBy()) {
        g.writeStartObject();
        g.writeStringField("law", order.law().code());
        g.writeStringField("article", order.citation());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("cleared");
    for (Remedy.Cleared c : r.cleared()) {
      g.writeStartObject();
      g.writeStringField("code", c.code());
      if (c.zoneId() != null) {
        g.writeStringField("zone_id", c.zoneId());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cover");
    for (Remedy.CoverChange c : r.cover()) {
      g.writeStartObject();
      g.writeStringField("zone_id", c.zoneId());
      g.writeNumberField("before", BigDecimal.valueOf(c.before()).setScale(4, RoundingMode.DOWN).doubleValue());
      g.writeNumberField("after", BigDecimal.valueOf(c.after()).setScale(4, RoundingMode.DOWN).doubleValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (r.action() == Remedy.Action.NEW_CAMERA) {
      Camera c = r.camera();
      double[] lonLat = plan.fixed().frame().toLonLat(c.location().getX(), c.location().getY());
      g.writeObjectFieldStart("camera");
      g.writeNumberField("lon", round(lonLat[0], 8));
      g.writeNumberField("lat", round(lonLat[1], 8));
      g.writeNumberField("heading", round(c.headingDegrees(), 6));
      g.writeNumberField("hfov", round(c.hfovDegrees(), 6));
      g.writeNumberField("range_m", round(c.rangeMetres(), 6));
      g.writeBooleanField("proposed", true);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
