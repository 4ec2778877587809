package org.camsurvey.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.read.SurveyAssertions;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * GeoPackages the project writes open in QGIS styled as the PDF maps are: a default QML and SLD
 * style per layer in QGIS's own {@code layer_styles} table, which GDAL opens without a word.
 */
class LayerStylesTest {
  private static final Survey SAMPLE = SurveyReader.read(SurveyAssertions.sample("jiefangbei"), ImportOptions.defaults());

  private static List<String> rows(Path file, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everySurveyLayerHasADefaultStyleDrawnAsTheMapsAre(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("survey.gpkg");
    GeoPackageWriter.write(file, SurveyLayers.of(SAMPLE));

    assertThat(rows(file, "SELECT f_table_name || ' ' || f_geometry_column || ' ' || useAsDefault FROM layer_styles ORDER BY id"))
        .containsExactly("sites geom 1", "cameras geom 1", "zones geom 1", "obstacles geom 1");
    assertThat(rows(file, "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'")).containsExactly("attributes");
    String zones = rows(file, "SELECT styleQML FROM layer_styles WHERE f_table_name = 'zones'").get(0);
    Document qml = xml(zones);
    assertThat(qml.getElementsByTagName("rule").getLength()).isEqualTo(2);
    assertThat(zones).contains("filter=\"&quot;rule&quot; = 'mandated'\"").contains("46,139,62,90")
        .contains("filter=\"&quot;rule&quot; = 'forbidden'\"").contains("b_diagonal").contains("198,40,40");
    Document sld = xml(rows(file, "SELECT styleSLD FROM layer_styles WHERE f_table_name = 'zones'").get(0));
    assertThat(sld.getElementsByTagNameNS("http://www.opengis.net/se", "Rule").getLength()).isEqualTo(2);
  }

  @Test
  void theStylesCarryTheDataDateNotTheClock(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("survey.gpkg");
    GeoPackageWriter.write(file, SurveyLayers.of(SAMPLE));

    // the latest date in the sample: the last filing or installation it records
    assertThat(rows(file, "SELECT DISTINCT update_time FROM layer_styles")).singleElement()
        .satisfies(t -> assertThat(t).matches("20\\d\\d-\\d\\d-\\d\\dT00:00:00.000Z"));
  }

  @Tag("slow")
  @Test
  void gdalOpensAStyledPackageWithoutAWarning(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(GeoPackageWriterTest.onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Path file = dir.resolve("survey.gpkg");
    GeoPackageWriter.write(file, SurveyLayers.of(SAMPLE));

    assertThat(GeoPackageWriterTest.ogrinfoSummary(file)).contains("Layer name: zones");
  }

  @Test
  void theStreamingWriterStylesItsLayersToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("city.gpkg");
    try (StreamingGeoPackageWriter writer = StreamingGeoPackageWriter.open(file,
        new StreamingGeoPackageWriter.SpatialReference(4326, "WGS 84", "EPSG", 4326, "undefined"),
        List.of(LayerSchema.SITES, LayerSchema.CAMERAS, LayerSchema.ZONES))) {
      writer.commit();
    }

    assertThat(rows(file, "SELECT f_table_name FROM layer_styles ORDER BY id")).containsExactly("sites", "cameras", "zones");
    if (GeoPackageWriterTest.onPath("ogrinfo")) {
      assertThat(GeoPackageWriterTest.ogrinfoSummary(file)).contains("Layer name: cameras");
    }
  }
}
