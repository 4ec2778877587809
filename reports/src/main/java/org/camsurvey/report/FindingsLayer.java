package org.camsurvey.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Finding;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.write.OutputLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Findings as a map layer, for {@code check --out survey.gpkg}: one feature per finding where it
 * is on the ground (a camera's point; the overlap seen or the part left uncovered as a
 * multipolygon; none for a warning about a whole file), with the JSON finding's main fields and
 * its message in the reader's language.
 */
public final class FindingsLayer {
  /** The layer's name in a GeoPackage. */
  public static final String NAME = "findings";
  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<LayerSchema.Field> FIELDS = List.of(
      field("code", FieldType.TEXT, "结论代码", "finding code (RULES.md)"),
      field("severity", FieldType.TEXT, "严重程度：violation 违法 / deficiency 缺陷 / warning 提示",
          "violation / deficiency / warning"),
      field("party", FieldType.TEXT, "责任主体：site 使用单位 / official 公安机关等工作人员 / anyone 任何单位和个人",
          "who bears the duty: site / official / anyone"),
      field("article", FieldType.TEXT, "条", "article"),
      field("item", FieldType.TEXT, "项", "item"),
      field("consequence", FieldType.TEXT, "法律责任条款", "the article saying what follows"),
      field("site_id", FieldType.TEXT, "场所编号", "site"),
      field("camera_id", FieldType.TEXT, "摄像机编号", "camera"),
      field("zone_id", FieldType.TEXT, "区域编号", "zone"),
      field("zone_site_id", FieldType.TEXT, "区域所属场所（与场所不同时）", "the zone's site, where it differs"),
      field("obst_id", FieldType.TEXT, "障碍物编号（数据问题）", "obstacle (data warnings)"),
      field("overlap_m2", FieldType.REAL, "看到禁止区域的面积（平方米）", "area of the forbidden zone seen, m²"),
      field("coverage", FieldType.REAL, "应当覆盖区域的覆盖率", "coverage of the mandated zone"),
      field("required", FieldType.REAL, "应达到的覆盖率", "coverage required"),
      field("figures", FieldType.TEXT, "全部数据（JSON）", "every figure, as JSON"),
      field("message", FieldType.TEXT, "说明", "message"));

  private FindingsLayer() {}

  public static OutputLayer of(CheckResult result, FindingMessages messages) {
    LocalFrame frame = result.survey().frame();
    List<OutputLayer.Feature> features = new ArrayList<>();
    for (Finding f : result.findings()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("code", f.code().name());
      values.put("severity", f.severity().code());
      values.put("party", f.party().code());
      values.put("article", f.article());
      values.put("item", f.item());
      values.put("consequence", f.consequence());
      values.put("site_id", f.siteId());
      values.put("camera_id", f.recordId("camera_id"));
      values.put("zone_id", f.recordId("zone_id"));
      values.put("zone_site_id", f.zoneSiteId());
      values.put("obst_id", f.recordId("obst_id"));
      values.put("overlap_m2", number(f, "overlap_m2"));
      values.put("coverage", number(f, "coverage"));
      values.put("required", number(f, "required"));
      values.put("figures", f.figures().isEmpty() ? null : json(f.figures()));
      values.put("message", messages.message(f));
      features.add(new OutputLayer.Feature(values, lonLat(frame, f.geometry())));
    }
    return new OutputLayer(NAME, LayerSchema.GeometryKind.ANY, FIELDS, features);
  }

  /** Points stay points; every polygonal result (an overlay may add slivers of lower dimension) becomes a multipolygon. */
  private static Geometry lonLat(LocalFrame frame, Geometry g) {
    if (g == null || g.isEmpty()) {
      return null;
    }
    Geometry shape = g;
    if (g.getDimension() == 2) {
      @SuppressWarnings("unchecked")
      List<Polygon> polygons = PolygonExtracter.getPolygons(g);
      shape = g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    } else if (g instanceof Polygonal) {
      shape = g;
    }
    return frame.toLonLat(shape);
  }

  private static Double number(Finding f, String figure) {
    return f.figures().get(figure) instanceof Number n ? n.doubleValue() : null;
  }

  private static String json(Map<String, Object> figures) {
    try {
      return JSON.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures that are not JSON: " + figures, e);
    }
  }

  private static LayerSchema.Field field(String name, FieldType type, String zh, String en) {
    return new LayerSchema.Field(name, type, false, zh, en);
  }
}
