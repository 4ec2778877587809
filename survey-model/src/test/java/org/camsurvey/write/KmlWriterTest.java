package org.camsurvey.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.KmlReader;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.Samples;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** KML and KMZ written from a survey read back to the same survey, by this reader and by GDAL's. */
class KmlWriterTest {
  @Test
  void theSampleWrittenAsKmlReadsBackToTheSameFindings(@TempDir Path dir) throws IOException {
    Survey sample = SurveyReader.read(SampleSurveys.jiefangbeiMap(), ImportOptions.defaults());
    Path kml = dir.resolve("jiefangbei.kml");
    Path kmz = dir.resolve("jiefangbei.kmz");

    write(kml, SurveyLayers.of(sample), false);
    write(kmz, SurveyLayers.of(sample), true);

    for (Path file : List.of(kml, kmz)) {
      Survey read = SurveyReader.read(file, ImportOptions.defaults());
      assertThat(read.cameras()).hasSize(25);
      assertThat(Samples.findings(read)).as(file.toString()).containsExactlyElementsOf(Samples.jiefangbeiFindings());
    }
    try (ZipFile zip = new ZipFile(kmz.toFile())) {
      assertThat(zip.stream().map(e -> e.getName())).containsExactly("doc.kml");
    }
    String text = Files.readString(kml, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">")
        .contains("<Folder><name>cameras</name>")
        .contains("<SimpleField name=\"heading\" type=\"double\"/>")
        .contains("<name>ST-01</name>")
        .contains("<SimpleData name=\"signage\">yes</SimpleData>")
        .contains("<coordinates>106.5773339,29.5592641</coordinates>");
  }

  @Test
  void textIsEscapedAndUntypedValuesAreData(@TempDir Path dir) throws IOException, ParseException {
    Path file = dir.resolve("x.kml");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", "A<B & \"C\"");
    values.put("count", 3);
    values.put("share", 0.25);
    values.put("none", null);
    try (OutputStream out = Files.newOutputStream(file)) {
      KmlWriter kml = KmlWriter.open(out, false, "测试 <doc>");
      kml.style(new KmlWriter.Style("red", "ff0000ff", 2, "7f0000ff", "ff0000ff", 1.1));
      kml.startFolder("zones");
      kml.placemark(new KmlWriter.Placemark("Z & 1", "<b>bold</b> 说明", "red", null, values,
          new WKTReader().read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0), (0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.2))")));
      kml.endFolder();
      kml.finish();
    }

    RawFeature read = new KmlReader().read(file, file.toString(), null).get(0).features().get(0);
    assertThat(read.attributes()).containsExactly(Map.entry("code", "A<B & \"C\""), Map.entry("count", "3"),
        Map.entry("share", "0.25"), Map.entry("name", "Z & 1"));
    assertThat(read.geometry().getArea()).isCloseTo(1 - 0.02, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Files.readString(file)).contains("<description>&lt;b&gt;bold&lt;/b&gt; 说明</description>")
        .contains("<styleUrl>#red</styleUrl>").contains("<coordinates>0,0 1,0 1,1 0,1 0,0</coordinates>");
  }

  @Tag("slow")
  @Test
  void gdalReadsWhatIsWritten(@TempDir Path dir) throws IOException, InterruptedException {
    assumeTrue(Tools.onPath("ogrinfo"), "ogrinfo (GDAL) is not installed");
    Survey sample = SurveyReader.read(SampleSurveys.jiefangbeiMap(), ImportOptions.defaults());
    Path kml = dir.resolve("jiefangbei.kml");
    write(kml, SurveyLayers.of(sample), false);

    String summary = Tools.run("ogrinfo", "-ro", "-al", "-so", kml.toString());

    assertThat(summary).contains("Layer name: sites", "Layer name: cameras", "Layer name: zones")
        .contains("Feature Count: 25").contains("heading: Real").contains("res_h: Integer");
    String camera = Tools.run("ogrinfo", "-ro", "-al", "-where", "camera_id = 'H-03'", kml.toString(), "cameras");
    assertThat(camera).contains("hfov (Real) = 60").contains("heading (Real) = 337").contains("POINT (106.5769976 29.5587917)");
  }

  private static void write(Path file, List<OutputLayer> layers, boolean kmz) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      KmlWriter.writeLayers(layers, "jiefangbei", out, kmz);
    }
  }

  /** Runs command-line tools that may be missing. */
  static final class Tools {
    private Tools() {}

    static boolean onPath(String name) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return true;
        }
      }
      return false;
    }

    static String run(String... command) throws IOException, InterruptedException {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      return out;
    }
  }
}
