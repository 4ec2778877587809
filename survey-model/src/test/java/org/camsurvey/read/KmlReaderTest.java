package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camsurvey.model.Survey;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * KML and KMZ as GDAL writes them (fixtures made by {@code kml/make-fixtures.sh} from the
 * Jiefangbei sample), as people draw them, and as attackers write them.
 */
class KmlReaderTest {
  private static final Duration FAST = Duration.ofSeconds(5);

  @Test
  void gdalsKmlDriverOutputReadsToTheSameFindingsAsTheGeoJsonSample() {
    Survey survey = SurveyReader.read(Samples.resource("kml/jiefangbei.kml"), ImportOptions.defaults());

    assertThat(survey.cameras()).hasSize(25);
    assertThat(survey.zones()).hasSize(19);
    assertThat(survey.sites()).hasSize(7);
    assertThat(Samples.findings(survey)).containsExactlyElementsOf(Samples.jiefangbeiFindings());
  }

  @Test
  void gdalsLibkmlKmzWithOneLinkedFilePerLayerReadsToTheSameFindings() {
    Survey survey = SurveyReader.read(Samples.resource("kml/jiefangbei-libkml.kmz"), ImportOptions.defaults());

    assertThat(survey.cameras()).hasSize(25);
    assertThat(Samples.findings(survey)).containsExactlyElementsOf(Samples.jiefangbeiFindings());
  }

  @Test
  void zoneNamesComeFromThePlacemarkName() {
    Survey survey = SurveyReader.read(Samples.resource("kml/jiefangbei.kml"), ImportOptions.defaults());

    assertThat(survey.zones()).anySatisfy(z -> {
      assertThat(z.zoneId()).isEqualTo("Z-ST-02");
      assertThat(z.name()).isEqualTo("邹容路步行街南出入口");
    });
  }

  @Test
  void dataAndSchemaDataFieldsNestedFoldersAndEveryGeometry() {
    List<RawLayer> layers = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>调查</name>
          <Schema name="z" id="zs"><SimpleField name="zone_id" type="string"/><SimpleField name="MIN_COVER" type="float"/></Schema>
          <Folder><name>zones</name><Folder><name>JFB-BANK</name>
            <Placemark><name>营业厅</name>
              <ExtendedData><SchemaData schemaUrl="#zs"><SimpleData name="zone_id">Z1</SimpleData></SchemaData></ExtendedData>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>
                106.0,29.0,0 106.1,29.0,0 106.1,29.1,0 106.0,29.1,0 106.0,29.0,0
              </coordinates></LinearRing></outerBoundaryIs>
              <innerBoundaryIs><LinearRing><coordinates>106.02,29.02 106.03,29.02 106.03,29.03</coordinates></LinearRing></innerBoundaryIs>
              </Polygon></Placemark>
          </Folder></Folder>
          <Placemark><ExtendedData><Data name="layer"><value>obstacles</value></Data><Data name="obst_id"><value>W1</value></Data></ExtendedData>
            <MultiGeometry><LineString><coordinates>106.0,29.0 106.1, 29.1</coordinates></LineString>
              <MultiGeometry><LineString><coordinates>106.2,29.0 106.3,29.1</coordinates></LineString></MultiGeometry></MultiGeometry>
          </Placemark>
        </Document></kml>
        """);

    assertThat(layers).extracting(RawLayer::name).containsExactly("zones", "obstacles");
    RawLayer zones = layers.get(0);
    assertThat(zones.fields()).containsExactlyInAnyOrder("zone_id", "min_cover", "name");
    RawFeature zone = zones.features().get(0);
    assertThat(zone.attributes()).containsEntry("zone_id", "Z1").containsEntry("name", "营业厅");
    Geometry polygon = zone.geometry();
    assertThat(polygon.getGeometryType()).isEqualTo("Polygon");
    assertThat(((org.locationtech.jts.geom.Polygon) polygon).getNumInteriorRing()).as("the unclosed inner ring closed").isEqualTo(1);
    RawFeature wall = layers.get(1).features().get(0);
    assertThat(wall.attributes()).containsOnlyKeys("obst_id");
    assertThat(wall.geometry().getGeometryType()).isEqualTo("MultiLineString");
    assertThat(wall.geometry().getNumGeometries()).isEqualTo(2);
    assertThat(wall.geometry().getCoordinates()[1].y).isEqualTo(29.1);
  }

  @Test
  void aPlacemarkWithOnlyACameraViewStandsAtTheView() {
    RawFeature camera = read("""
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>cameras</name><Placemark>
          <Camera><longitude>106.5</longitude><latitude>29.5</latitude><heading>45</heading></Camera>
          <ExtendedData><Data name="camera_id"><value>C1</value></Data></ExtendedData></Placemark></Document></kml>
        """).get(0).features().get(0);

    assertThat(camera.geometry().toText()).isEqualTo("POINT (106.5 29.5)");
    assertThat(camera.attributes()).containsEntry("heading", "45").doesNotContainKey("name");
  }

  @Test
  void theFileNameNamesTheLayerOfLoosePlacemarks() {
    String kml = "<kml><Placemark><ExtendedData><Data name='camera_id'><value>C1</value></Data></ExtendedData>"
        + "<Point><coordinates>106.5,29.5</coordinates></Point></Placemark></kml>";

    List<RawLayer> layers = new KmlReader().read("cameras.kml", kml.getBytes(StandardCharsets.UTF_8), "cameras");

    assertThat(layers).singleElement().extracting(RawLayer::name).isEqualTo("cameras");
  }

  @Test
  void aPlacemarkInNoLayerIsRefused() {
    assertThatThrownBy(() -> read("""
        <kml><Document><Folder><name>My places</name><Placemark><name>Home</name>
          <Point><coordinates>106.5,29.5</coordinates></Point></Placemark></Folder></Document></kml>
        """))
        .isInstanceOf(InputException.class)
        .hasMessage("survey.kml: record #1: the Placemark at line 1 is in no folder named after a layer and has no "
            + "'layer' field: put it in a Folder named cameras, zones, sites or obstacles, or give it ExtendedData 'layer'");
  }

  @Test
  void aLayerFieldThatContradictsTheFolderIsRefused() {
    assertThatThrownBy(() -> read("<kml><Folder><name>cameras</name><Placemark><ExtendedData>"
        + "<Data name='layer'><value>zones</value></Data></ExtendedData></Placemark></Folder></kml>"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is in folder 'cameras' but its 'layer' field says 'zones'");
  }

  @Test
  void badCoordinatesAreNamedWithTheirLine() {
    assertThatThrownBy(() -> read("<kml><Folder><name>cameras</name>\n<Placemark><ExtendedData><Data name='camera_id'>"
        + "<value>C9</value></Data></ExtendedData>\n<Point><coordinates>106.5,north</coordinates></Point></Placemark></Folder></kml>"))
        .isInstanceOf(InputException.class)
        .hasMessage("survey.kml: layer 'cameras', record C9, field 'geometry': the latitude 'north' is not a finite number (line 3)");
  }

  @Test
  void malformedXmlIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("<kml>\n<Folder><name>cameras</name>\n<Placemark></Folder></kml>"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("survey.kml: not well-formed XML at line 3");
  }

  @Test
  void somethingElseThanKmlIsRefused() {
    assertThatThrownBy(() -> read("<gpx><wpt lat='29.5' lon='106.5'/></gpx>"))
        .isInstanceOf(InputException.class)
        .hasMessage("survey.kml: is not a KML document: its root element is <gpx>, not <kml>");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("survey.kml: not well-formed XML at line 1");
  }

  @Test
  void anExternalEntityNeverReadsTheFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    for (String target : List.of(secret.toUri().toString(), "file:///etc/passwd")) {
      String kml = """
          <?xml version="1.0"?>
          <!DOCTYPE kml [<!ENTITY xxe SYSTEM "%s">]>
          <kml><Folder><name>cameras</name><Placemark><ExtendedData><Data name="camera_id"><value>&xxe;</value></Data>
          </ExtendedData><Point><coordinates>106.5,29.5</coordinates></Point></Placemark></Folder></kml>
          """.formatted(target);
      Path file = dir.resolve("cameras.kml");
      Files.writeString(file, kml);

      assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": declares a DOCTYPE (line 2, column 10); KML needs none, and DTDs and entities are "
              + "refused for safety")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET").doesNotContain("root:"));
    }
  }

  @Test
  void aParameterEntityFetchingADtdIsRefusedToo() {
    assertThatThrownBy(() -> read("""
        <!DOCTYPE kml [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]><kml/>
        """))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("declares a DOCTYPE");
  }

  @Test
  void billionLaughsAreRefusedAtOnce() {
    StringBuilder kml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE kml [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      kml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    kml.append("]>\n<kml><Document><name>&lol9;</name></Document></kml>\n");

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(FAST, () ->
        assertThatThrownBy(() -> read(kml.toString()))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("declares a DOCTYPE"));
  }

  @Test
  void deepNestingIsRefused() {
    String kml = "<kml>" + "<Folder>".repeat(5000) + "</Folder>".repeat(5000) + "</kml>";

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(FAST, () ->
        assertThatThrownBy(() -> read(kml))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("nests elements deeper than 100 levels"));
  }

  @Test
  void aKmzZipBombIsRefusedQuickly(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write("<kml><Document><name>".getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.write("</name></Document></kml>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(1L << 20);

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(FAST, () ->
        assertThatThrownBy(() -> SurveyReader.readLayers(bomb, ImportOptions.defaults()))
            .isInstanceOf(InputException.class)
            .hasMessage(bomb + ": a KML entry inflates more than 100 times its compressed size; refused as a possible zip bomb"));
  }

  @Test
  void aKmzOfManyEntriesIsRefused(@TempDir Path dir) throws IOException {
    Path kmz = dir.resolve("many.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      for (int i = 0; i <= KmzArchive.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("f" + i + ".png"));
        zip.closeEntry();
      }
    }

    assertThatThrownBy(() -> SurveyReader.readLayers(kmz, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("holds 10001 entries, more than the 10000 a KMZ may");
  }

  @Test
  void aKmzThatIsNotAZipOrHasNoKmlIsRefused(@TempDir Path dir) throws IOException {
    Path garbage = dir.resolve("garbage.kmz");
    Files.write(garbage, "PK\u0003\u0004 this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = dir.resolve("empty.kmz");
    try (OutputStream out = Files.newOutputStream(empty); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write(1);
      zip.closeEntry();
    }

    assertThatThrownBy(() -> SurveyReader.readLayers(garbage, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(garbage + ": is not a readable KMZ (zip) archive");
    assertThatThrownBy(() -> SurveyReader.readLayers(empty, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(empty + ": is a zip archive holding no .kml file (a KMZ holds doc.kml)");
  }

  @Test
  void linksOutOfTheKmzAreNeverFollowed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("outside.kml"), "<kml><Folder><name>cameras</name><Placemark/></Folder></kml>");
    Path kmz = dir.resolve("links.kmz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(("<kml><Document>"
          + "<NetworkLink><Link><href>../outside.kml</href></Link></NetworkLink>"
          + "<NetworkLink><Link><href>" + dir.resolve("outside.kml").toUri() + "</href></Link></NetworkLink>"
          + "<NetworkLink><Link><href>/etc/passwd</href></Link></NetworkLink>"
          + "<NetworkLink><Link><href>layers/zones.kml</href></Link></NetworkLink>"
          + "</Document></kml>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("layers/zones.kml"));
      zip.write("<kml><Document><name>zones</name></Document></kml>".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(kmz, bytes.toByteArray());

    assertThat(SurveyReader.readLayers(kmz, ImportOptions.defaults())).extracting(RawLayer::name).containsExactly("zones");
  }

  private static List<RawLayer> read(String kml) {
    return new KmlReader().read("survey.kml", kml.getBytes(StandardCharsets.UTF_8), null);
  }
}
