package org.camsurvey.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsurvey.read.LayerSchema;

/**
 * The styles QGIS opens a written GeoPackage's layers with, drawn as the PDF maps draw them
 * (mandated zones green, forbidden zones red and hatched, views translucent blue, findings red):
 * rows of the {@code layer_styles} table QGIS itself writes when a style is saved to a GeoPackage
 * (a QML and an SLD document each, the default for its table), registered in {@code
 * gpkg_contents} as an attribute table so that GDAL lists it without a warning.
 */
public final class LayerStyles {
  /** QGIS's own layout of the table (QgsOgrProvider's saveStyle for GeoPackage). */
  private static final String CREATE = "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT,"
      + " f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256),"
      + " styleName TEXT(30), styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30),"
      + " ui TEXT(30), update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))";
  private static final String QGIS_VERSION = "3.28.0-Firenze";

  // The PDF maps' colours (SiteMap), as QGIS writes them: r,g,b,alpha
  private static final String MANDATED = "46,139,62";
  private static final String FORBIDDEN = "198,40,40";
  private static final String VIEW = "30,90,200";
  private static final String SITE = "238,238,238";
  private static final String OBSTACLE = "68,68,68";

  private LayerStyles() {}

  /** One table to style: its name, geometry column and what it holds. */
  public record Styled(String table, String geometryColumn, LayerSchema.GeometryKind geometry) {}

  /** One rule of a style: a QGIS filter expression (null for every feature), an SLD filter, a label, a symbol. */
  private record Rule(String label, String qgisFilter, String sldFilter, Symbol symbol) {}

  /** A QGIS symbol and the SLD symbolizer that draws alike. */
  private record Symbol(String qml, String sld) {}

  /**
   * Writes the table with a default style for each table that has one.
   *
   * @param updateTime when the styles were made, as GeoPackage DATETIMEs are written: the date the
   *     written data carries, not the clock, so that the same survey gives the same file
   */
  public static void write(Connection connection, List<Styled> tables, String updateTime) throws SQLException {
    List<Styled> styled = tables.stream().filter(t -> rules(t.table()).isPresent()).toList();
    if (styled.isEmpty()) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute(CREATE);
      s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
          + " VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles of the layers', '" + updateTime + "')");
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO layer_styles (f_table_catalog,"
        + " f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description,"
        + " owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', NULL, ?)")) {
      for (Styled t : styled) {
        List<Rule> rules = rules(t.table()).orElseThrow();
        insert.setString(1, t.table());
        insert.setString(2, t.geometryColumn());
        insert.setString(3, t.table());
        insert.setString(4, qml(rules));
        insert.setString(5, sld(t.table(), rules));
        insert.setString(6, "camsurvey: drawn as the PDF maps are");
        insert.setString(7, updateTime);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The rules a table is drawn by, where it is one of the survey's or the checks' layers. */
  private static Optional<List<Rule>> rules(String table) {
    return Optional.ofNullable(switch (table) {
      case "sites" -> List.of(new Rule("场所 site", null, null, fill(SITE + ",120", "120,120,120,255", "solid")));
      case "cameras" -> List.of(new Rule("摄像机 camera", null, null, marker(VIEW + ",255", 2.4)));
      case "zones" -> List.of(
          new Rule("应当安装 mandated (Art. 8)", "\"rule\" = 'mandated'", equalTo("rule", "mandated"),
              fill(MANDATED + ",90", MANDATED + ",255", "solid")),
          new Rule("禁止安装 forbidden (Art. 9)", "\"rule\" = 'forbidden'", equalTo("rule", "forbidden"),
              fill(FORBIDDEN + ",255", FORBIDDEN + ",255", "b_diagonal")));
      case "obstacles" -> byGeometry("障碍物 obstacle", OBSTACLE + ",160", OBSTACLE + ",255");
      case "fov" -> List.of(new Rule("视场 view", null, null, fill(VIEW + ",60", VIEW + ",160", "solid")));
      case "findings" -> byGeometry("发现事项 finding", FORBIDDEN + ",110", FORBIDDEN + ",255");
      default -> null;
    });
  }

  /** A layer of mixed geometry: a rule per kind, each drawing only its own. */
  private static List<Rule> byGeometry(String label, String fill, String stroke) {
    return List.of(
        new Rule(label, "geometry_type($geometry) = 'Point'", null, marker(stroke, 2.6)),
        new Rule(label, "geometry_type($geometry) = 'Line'", null, line(stroke, 0.8)),
        new Rule(label, "geometry_type($geometry) = 'Polygon'", null, fill(fill, stroke, "solid")));
  }

  private static String equalTo(String field, String value) {
    return "<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>" + field + "</ogc:PropertyName><ogc:Literal>" + value
        + "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>";
  }

  private static Symbol fill(String rgba, String outline, String style) {
    String qml = "<symbol type=\"fill\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\" name=\"%s\">"
        + "<layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">"
        + option("color", rgba) + option("style", style) + option("outline_color", outline)
        + option("outline_style", "solid") + option("outline_width", "0.5") + option("outline_width_unit", "MM")
        + "</Option></layer></symbol>";
    String sld = "<se:PolygonSymbolizer>" + (style.equals("solid") ? "<se:Fill>" + sldColour("fill", rgba) + "</se:Fill>"
        : "<se:Fill><se:GraphicFill><se:Graphic><se:Mark><se:WellKnownName>horline</se:WellKnownName><se:Stroke>"
            + sldColour("stroke", rgba) + "</se:Stroke></se:Mark><se:Size>6</se:Size><se:Rotation>45</se:Rotation>"
            + "</se:Graphic></se:GraphicFill></se:Fill>")
        + "<se:Stroke>" + sldColour("stroke", outline) + "<se:SvgParameter name=\"stroke-width\">1</se:SvgParameter>"
        + "</se:Stroke></se:PolygonSymbolizer>";
    return new Symbol(qml, sld);
  }

  private static Symbol line(String rgba, double widthMm) {
    String qml = "<symbol type=\"line\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\" name=\"%s\">"
        + "<layer class=\"SimpleLine\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">"
        + option("line_color", rgba) + option("line_style", "solid") + option("line_width", Double.toString(widthMm))
        + option("line_width_unit", "MM") + "</Option></layer></symbol>";
    String sld = "<se:LineSymbolizer><se:Stroke>" + sldColour("stroke", rgba)
        + "<se:SvgParameter name=\"stroke-width\">2</se:SvgParameter></se:Stroke></se:LineSymbolizer>";
    return new Symbol(qml, sld);
  }

  private static Symbol marker(String rgba, double sizeMm) {
    String qml = "<symbol type=\"marker\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\" name=\"%s\">"
        + "<layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\"><Option type=\"Map\">"
        + option("color", rgba) + option("name", "circle") + option("outline_color", "255,255,255,255")
        + option("outline_width", "0.3") + option("size", Double.toString(sizeMm)) + option("size_unit", "MM")
        + "</Option></layer></symbol>";
    String sld = "<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName><se:Fill>"
        + sldColour("fill", rgba) + "</se:Fill><se:Stroke>" + sldColour("stroke", "255,255,255,255")
        + "</se:Stroke></se:Mark><se:Size>9</se:Size></se:Graphic></se:PointSymbolizer>";
    return new Symbol(qml, sld);
  }

  private static String option(String name, String value) {
    return "<Option name=\"" + name + "\" type=\"QString\" value=\"" + value + "\"/>";
  }

  /** An SLD colour and opacity from QGIS's r,g,b,alpha. */
  private static String sldColour(String what, String rgba) {
    String[] c = rgba.split(",");
    String hex = String.format(java.util.Locale.ROOT, "#%02x%02x%02x",
        Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]));
    String opacity = String.format(java.util.Locale.ROOT, "%.2f", Integer.parseInt(c[3]) / 255.0);
    return "<se:SvgParameter name=\"" + what + "\">" + hex + "</se:SvgParameter><se:SvgParameter name=\"" + what
        + "-opacity\">" + opacity + "</se:SvgParameter>";
  }

  private static String qml(List<Rule> rules) {
    StringBuilder xml = new StringBuilder("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\""
        + QGIS_VERSION + "\" styleCategories=\"Symbology\">");
    xml.append("<renderer-v2 type=\"RuleRenderer\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\"")
        .append(" referencescale=\"-1\"><rules key=\"{root}\">");
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      xml.append("<rule key=\"{rule-").append(i).append("}\" symbol=\"").append(i).append("\" label=\"")
          .append(escape(r.label())).append('"');
      if (r.qgisFilter() != null) {
        xml.append(" filter=\"").append(escape(r.qgisFilter())).append('"');
      }
      xml.append("/>");
      symbols.add(r.symbol().qml().formatted(i));
    }
    xml.append("</rules><symbols>");
    symbols.forEach(xml::append);
    xml.append("</symbols></renderer-v2><blendMode>0</blendMode><featureBlendMode>0</featureBlendMode></qgis>\n");
    return xml.toString();
  }

  private static String sld(String table, List<Rule> rules) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StyledLayerDescriptor"
        + " xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\""
        + " xmlns:se=\"http://www.opengis.net/se\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"1.1.0\" xsi:schemaLocation="
        + "\"http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd\">"
        + "<NamedLayer><se:Name>" + escape(table) + "</se:Name><UserStyle><se:Name>" + escape(table)
        + "</se:Name><se:FeatureTypeStyle>");
    // SLD draws each symbolizer on the geometries it fits, so the kinds of a mixed layer need no filters
    String previousLabel = null;
    for (Rule r : rules) {
      boolean sameRule = r.label().equals(previousLabel) && r.sldFilter() == null;
      if (!sameRule) {
        if (previousLabel != null) {
          xml.append("</se:Rule>");
        }
        xml.append("<se:Rule><se:Name>").append(escape(r.label())).append("</se:Name>");
        if (r.sldFilter() != null) {
          xml.append(r.sldFilter());
        }
      }
      xml.append(r.symbol().sld());
      previousLabel = r.label();
    }
    xml.append("</se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>\n");
    return xml.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
