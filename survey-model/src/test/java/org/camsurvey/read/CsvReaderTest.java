package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.assertj.core.api.Assertions.entry;
import static org.camsurvey.read.Fixtures.bytes;
import static org.camsurvey.read.Fixtures.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class CsvReaderTest {
  private static final ImportOptions DEFAULTS = ImportOptions.defaults();
  private static final ImportOptions GK_108 = new ImportOptions(Crs.parse("EPSG:4545"), null);

  private static RawLayer read(String layer, String text) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, DEFAULTS);
  }

  private static RawLayer read(String layer, String text, ImportOptions options) {
    return new CsvReader().read(layer + ".csv", utf8(text), layer, options);
  }

  // --- good paths ---

  @Test
  void readsLonLatColumnsAsWgs84Points() {
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("per_layer_csv_folder/cameras.csv"), "cameras", DEFAULTS);

    assertThat(cameras.name()).isEqualTo("cameras");
    assertThat(cameras.file()).isEqualTo("cameras.csv");
    assertThat(cameras.crs()).isSameAs(Crs.wgs84());
    assertThat(cameras.warnings()).isEmpty();
    assertThat(cameras.fields()).doesNotContain("lon", "lat").contains("camera_id", "heading", "operator");
    assertThat(cameras.features()).extracting(RawFeature::number).containsExactly(1, 2);
    RawFeature first = cameras.features().get(0);
    assertThat(first.geometry().getCoordinate()).isEqualTo(new Coordinate(106.5770, 29.5580));
    assertThat(first.attributes()).contains(entry("camera_id", "C1"), entry("heading", "45"), entry("operator", "重庆市渝中区碑西实验小学"));
    assertThat(cameras.features().get(1).text("res_h")).isNull();
  }

  @Test
  void readsLonLatAsWgs84EvenWhenTheUserNamesAProjectedCrs() {
    RawLayer cameras = read("cameras", "camera_id,lon,lat\nC1,106.5,29.5\n", GK_108);

    assertThat(cameras.crs()).isSameAs(Crs.wgs84());
  }

  @Test
  void readsLongitudeAndLatitudeUnderTheirOtherNames() {
    RawLayer cameras = read("cameras", "camera_id,Longitude,Latitude\nC1,106.5,29.5\n");

    assertThat(cameras.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(106.5, 29.5));
    assertThat(cameras.fields()).containsExactly("camera_id");
  }

  @Test
  void readsXyColumnsInTheCrsTheUserNames() {
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("xy_epsg4545/cameras.csv"), "cameras", GK_108);

    assertThat(cameras.crs().name()).isEqualTo("EPSG:4545");
    assertThat(cameras.fields()).doesNotContain("x", "y");
    assertThat(cameras.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(362088.3397, 3271963.1977));
  }

  @Test
  void readsAnyGeometryFromAWktColumn() {
    RawLayer zones = new CsvReader().read("zones.csv", bytes("per_layer_csv_folder/zones.csv"), "zones", DEFAULTS);

    assertThat(zones.fields()).doesNotContain("wkt").contains("zone_id", "rule", "item", "name", "min_cover");
    assertThatObject(zones.features().get(0).geometry()).isInstanceOf(Polygon.class);
    assertThat(zones.features().get(0).geometry().getCoordinates()).hasSize(5).startsWith(new Coordinate(106.5771, 29.5581));
    assertThat(zones.features().get(0).text("name")).isEqualTo("3楼女卫生间");
  }

  @Test
  void keepsTheByteOrderMarkOfExcelUtf8CsvOutOfTheFirstHeaderName() {
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("excel_utf8_bom/cameras.csv"), "cameras", DEFAULTS);

    assertThat(cameras.fields()).contains("camera_id").allSatisfy(name -> assertThat(name).doesNotContain("\uFEFF"));
    assertThat(cameras.features().get(0).text("camera_id")).isEqualTo("C1");
    assertThat(cameras.features().get(0).text("signage")).isEqualTo("是");
    assertThat(cameras.features().get(0).text("operator")).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(cameras.warnings()).isEmpty();
  }

  @Test
  void keepsTheByteOrderMarkOutOfTheFirstHeaderNameWhenTheUserNamesUtf8() {
    ImportOptions utf8 = new ImportOptions(null, StandardCharsets.UTF_8);

    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("excel_utf8_bom/cameras.csv"), "cameras", utf8);

    assertThat(cameras.features().get(0).text("camera_id")).isEqualTo("C1");
  }

  @Test
  void decodesGbkCsvFromExcelAndWarnsThatTheEncodingWasGuessed() {
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("excel_gbk/cameras.csv"), "cameras", DEFAULTS);

    RawFeature camera = cameras.features().get(0);
    assertThat(camera.text("camera_id")).isEqualTo("南门-01");
    assertThat(camera.text("site_id")).isEqualTo("碑西小学");
    assertThat(camera.text("operator")).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(camera.text("installed")).isEqualTo("2024年3月5日");
    assertThat(cameras.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_ENCODING_GUESSED);
      assertThat(w.figures()).containsEntry("encoding", "GB18030");
      assertThat(w.source().file()).isEqualTo("cameras.csv");
      assertThat(w.source().layer()).isEqualTo("cameras");
    });
  }

  @Test
  void decodesWithTheEncodingTheUserGivesAndDoesNotWarn() {
    ImportOptions gbk = new ImportOptions(null, Charset.forName("GBK"));

    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("excel_gbk/cameras.csv"), "cameras", gbk);

    assertThat(cameras.features().get(0).text("operator")).isEqualTo("重庆市渝中区碑西实验小学");
    assertThat(cameras.warnings()).isEmpty();
  }

  @Test
  void readsAUtf8ByteOrderMarkBeforeTheHeaderAsNothing() {
    byte[] text = utf8("camera_id,lon,lat\nC1,106.5,29.5\n");
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    RawLayer cameras = new CsvReader().read("cameras.csv", withBom, "cameras", DEFAULTS);

    assertThat(cameras.fields()).contains("camera_id");
    assertThat(cameras.features().get(0).text("camera_id")).isEqualTo("C1");
    assertThat(cameras.warnings()).isEmpty();
  }

  @Test
  void readsAFileOfMixedEncodingsAsAGuessAndWarns() {
    // one row pasted from a UTF-8 file into a GBK one: the whole is no longer UTF-8
    byte[] gbk = "camera_id,site_id,lon,lat\nC1,南门,106.5,29.5\n".getBytes(Charset.forName("GBK"));
    byte[] utf8 = "C2,北门,106.6,29.6\n".getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[gbk.length + utf8.length];
    System.arraycopy(gbk, 0, mixed, 0, gbk.length);
    System.arraycopy(utf8, 0, mixed, gbk.length, utf8.length);

    RawLayer cameras = new CsvReader().read("cameras.csv", mixed, "cameras", DEFAULTS);

    assertThat(cameras.features()).hasSize(2);
    assertThat(cameras.features().get(0).text("site_id")).isEqualTo("南门");
    assertThat(cameras.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(FindingCode.DATA_ENCODING_GUESSED);
      assertThat(w.figures()).containsEntry("encoding", "GB18030");
      assertThat(w.source().file()).isEqualTo("cameras.csv");
    });
  }

  @Test
  void readsSemicolonSeparatedCsvWithDecimalCommas() {
    RawLayer cameras = new CsvReader().read("cameras.csv", bytes("semicolon_decimal_comma/cameras.csv"), "cameras", DEFAULTS);

    RawFeature camera = cameras.features().get(0);
    assertThat(camera.geometry().getCoordinate()).isEqualTo(new Coordinate(106.5770, 29.5580));
    assertThat(camera.attributes()).contains(entry("camera_id", "C1"), entry("heading", "45,5"), entry("range_m", "30,25"));
  }

  @Test
  void readsTabSeparatedCsv() {
    RawLayer cameras = read("cameras", "camera_id\tlon\tlat\theading\nC1\t106.5\t29.5\t90\n");

    assertThat(cameras.features().get(0).attributes()).containsExactly(entry("camera_id", "C1"), entry("heading", "90"));
  }

  @Test
  void trimsAndLowerCasesHeaderNamesAndValues() {
    RawLayer cameras = read("cameras", " Camera_ID , HEADING ,Lon,LAT\n C1 , 90 ,106.5,29.5\n");

    assertThat(cameras.fields()).containsExactlyInAnyOrder("camera_id", "heading");
    assertThat(cameras.features().get(0).attributes()).containsExactly(entry("camera_id", "C1"), entry("heading", "90"));
  }

  @Test
  void skipsBlankLinesAndNumbersTheRowsThatRemain() {
    RawLayer cameras = read("cameras", "camera_id,lon,lat\r\n\r\nC1,106.5,29.5\r\n,,\r\nC2,106.6,29.6\r\n");

    assertThat(cameras.features()).extracting(RawFeature::number).containsExactly(1, 2);
    assertThat(cameras.features()).extracting(f -> f.text("camera_id")).containsExactly("C1", "C2");
  }

  @Test
  void readsARowWithoutCoordinatesAsARecordWithoutGeometry() {
    RawLayer cameras = read("cameras", "camera_id,lon,lat\nC1,,\n");

    assertThatObject(cameras.features().get(0).geometry()).isNull();
  }

  @Test
  void readsATableWithoutGeometryColumnsAsRecordsWithoutGeometry() {
    RawLayer log = read("access_log", "site_id,when,persons\nS1,2024-03-05 14:30,2\n");

    assertThat(log.features()).singleElement().satisfies(f -> {
      assertThatObject(f.geometry()).isNull();
      assertThat(f.text("persons")).isEqualTo("2");
    });
  }

  @Test
  void readsValuesMissingAtTheEndOfAShortRowAsAbsent() {
    RawLayer cameras = read("cameras", "camera_id,heading,lon,lat\nC1,90\n");

    RawFeature camera = cameras.features().get(0);
    assertThat(camera.attributes()).containsExactly(entry("camera_id", "C1"), entry("heading", "90"));
    assertThatObject(camera.geometry()).isNull();
  }

  // --- bad paths ---

  @Test
  void rejectsXyWithoutACrs() {
    Rejection.of(() -> new CsvReader().read("cameras.csv", bytes("xy_epsg4545/cameras.csv"), "cameras", DEFAULTS))
        .names("cameras.csv", "cameras", null, "x")
        .because("x/y coordinates need their CRS", "--crs");
  }

  @Test
  void rejectsALonColumnWithoutItsLatColumn() {
    Rejection.of(() -> read("cameras", "camera_id,lon\nC1,106.5\n"))
        .names("cameras.csv", "cameras", null, "lat")
        .because("a 'lon' column needs its 'lat' column");
  }

  @Test
  void rejectsARowLongerThanTheHeader() {
    Rejection.of(() -> read("cameras", "camera_id,lon,lat\nC1,106.5,29.5\nC2,106.6,29.6,extra,more\n"))
        .names("cameras.csv", "cameras", "#2", null)
        .because("the row has 5 values but the header names 3 columns (line 3)");
  }

  @Test
  void rejectsACoordinateThatIsNotANumber() {
    Rejection.of(() -> read("cameras", "camera_id,lon,lat\nC1,106°30',29.5\n"))
        .names("cameras.csv", "cameras", "C1", "lon")
        .because("'106°30'' is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400"})
  void rejectsACoordinateThatIsNotFinite(String value) {
    Rejection.of(() -> read("cameras", "camera_id,x,y\nC1," + value + ",3271963\n", GK_108))
        .names("cameras.csv", "cameras", "C1", "x")
        .because("'" + value + "' is not a number");
  }

  @Test
  void rejectsAPointWithOneCoordinateMissing() {
    Rejection.of(() -> read("cameras", "camera_id,lon,lat\nC1,106.5,\n"))
        .names("cameras.csv", "cameras", "C1", "lat")
        .because("the coordinate is empty");
  }

  @Test
  void rejectsWktThatDoesNotParse() {
    Rejection.of(() -> read("zones", "zone_id,wkt\nZ1,\"POLYGON ((106.5 29.5, 106.6\"\n"))
        .names("zones.csv", "zones", "Z1", "wkt")
        .because("not valid WKT");
  }

  @Test
  void rejectsWktWithAnUnclosedRing() {
    Rejection.of(() -> read("zones", "zone_id,wkt\nZ1,\"POLYGON ((106.5 29.5, 106.6 29.5, 106.6 29.6, 106.5 29.6))\"\n"))
        .names("zones.csv", "zones", "Z1", "wkt")
        .because("not a valid geometry", "closed");
  }

  @Test
  void rejectsWktLineWithOnePoint() {
    Rejection.of(() -> read("obstacles", "obst_id,wkt\nO1,LINESTRING (106.5 29.5)\n"))
        .names("obstacles.csv", "obstacles", "O1", "wkt")
        .because("not a valid geometry");
  }

  @Test
  void rejectsWktWithCoordinatesThatAreNotFinite() {
    Rejection.of(() -> read("cameras", "camera_id,wkt\nC1,POINT (NaN 29.5)\n"))
        .names("cameras.csv", "cameras", "C1", "wkt")
        .because("a coordinate is not a finite number");
  }

  @Test
  void rejectsWktNestedDeeperThanAnyGeometryWithoutOverflowingTheStack() {
    String nested = "GEOMETRYCOLLECTION (".repeat(50_000) + "POINT (1 2)" + ")".repeat(50_000);

    Rejection.of(() -> read("cameras", "camera_id,wkt\nC1," + nested + "\n"))
        .names("cameras.csv", "cameras", "C1", "wkt")
        .because("not valid WKT", "nested deeper than 32");
  }

  @Test
  void readsWktGeometryCollectionsNestedAsDeepAsTheLimit() {
    String nested = "GEOMETRYCOLLECTION (".repeat(31) + "POINT (1 2)" + ")".repeat(31);

    RawLayer cameras = read("cameras", "camera_id,wkt\nC1," + nested + "\n");

    assertThat(cameras.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(1, 2));
  }

  @Test
  void rejectsAnUnclosedQuoteInTheHeader() {
    Rejection.of(() -> read("cameras", "\"camera_id,lon,lat\nC1,106.5,29.5\n"))
        .names("cameras.csv", null, null, null)
        .because("not a readable CSV table", "EOF");
  }

  @Test
  void rejectsAnUnclosedQuoteInARow() {
    Rejection.of(() -> read("cameras", "camera_id,lon,lat\n\"C1,106.5,29.5\n"))
        .names("cameras.csv", null, null, null)
        .because("not a readable CSV table", "EOF");
  }

  @Test
  void rejectsAHeaderThatNamesAColumnTwice() {
    Rejection.of(() -> read("cameras", "camera_id,heading,heading\nC1,1,2\n"))
        .names("cameras.csv", null, null, null)
        .because("not a readable CSV table", "heading");
  }
}
