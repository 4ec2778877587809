package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Survey;
import org.camsurvey.view.CameraView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Fields of view as KML: one translucent polygon per camera, named after it, a Folder per site. */
class FieldOfViewKmlTest {
  @Test
  void onePolygonPerCameraInAFolderPerSite() throws Exception {
    Survey sample = ReportFixture.jiefangbei().survey();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FieldOfViewKml.write(sample, null, CameraView.all(sample, null), out, false);

    Document doc = KmlDocuments.parse(out.toByteArray());
    List<Element> placemarks = KmlDocuments.elements(doc, "Placemark");
    assertThat(placemarks).hasSize(25);
    assertThat(placemarks).extracting(p -> KmlDocuments.child(p, "name")).startsWith("ST-01", "ST-02").contains("H-03");
    assertThat(placemarks).allSatisfy(p -> {
      assertThat(KmlDocuments.child(p, "styleUrl")).isEqualTo("#fov");
      assertThat(KmlDocuments.elements(doc, "Polygon")).isNotEmpty();
    });
    assertThat(KmlDocuments.elements(doc, "Folder")).extracting(f -> KmlDocuments.child(f, "name"))
        .containsExactly("JFB-STREET", "JFB-WC", "JFB-BANK", "JFB-MALL", "JFB-HOTEL", "JFB-SCHOOL", "JFB-HOTEL-3F");
    Element poly = KmlDocuments.elements(doc, "PolyStyle").get(0);
    assertThat(KmlDocuments.child(poly, "color")).as("translucent").startsWith("55");
    assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<Data name=\"range_m\"><value>40</value></Data>")
        .contains("<description>JFB-STREET: heading 39°, angle 80°, range 40 m</description>");
  }

  @Test
  void aQualityShortensTheViewsAndKmzZipsTheSame(@TempDir Path dir) throws Exception {
    Survey sample = ReportFixture.jiefangbei().survey();
    Path kmz = dir.resolve("fov.kmz");
    try (OutputStream out = Files.newOutputStream(kmz)) {
      FieldOfViewKml.write(sample, ImageQuality.IDENTIFY, CameraView.all(sample, ImageQuality.IDENTIFY), out, true);
    }

    String kml = new String(KmlDocuments.docKml(kmz), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(kml).contains("<Data name=\"range_m\"><value>9.15</value></Data>").contains("<Data name=\"quality\"><value>identify");
  }

  @Tag("slow")
  @Test
  void gdalReadsTheKmz(@TempDir Path dir) throws Exception {
    assumeTrue(KmlDocuments.onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Path kmz = dir.resolve("fov.kmz");
    try (OutputStream out = Files.newOutputStream(kmz)) {
      Survey survey = ReportFixture.jiefangbei().survey();
      FieldOfViewKml.write(survey, null, CameraView.all(survey, null), out, true);
    }

    String info = KmlDocuments.run("ogrinfo", "-ro", "-al", kmz.toString());

    assertThat(info).contains("Layer name: JFB-STREET").contains("Layer name: JFB-SCHOOL")
        .contains("Name (String) = SC-03").contains("hfov (String) = 90").contains("POLYGON ((106.57");
  }
}
