package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawLayer;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken shapefiles are input errors naming the file, the layer, the record and the reason, never
 * a stack trace. Each case breaks one file of a copy of the GDAL-made WGS 84 fixture (25 cameras,
 * 19 zones, 7 sites, 11 obstacles).
 */
class BadShapefilesTest {
  @TempDir
  Path scratch;
  private Path folder;

  @BeforeEach
  void copyTheFixture() {
    folder = Fixtures.copy(Fixtures.resource("jiefangbei-wgs84-utf8"), scratch.resolve("survey"));
  }

  private RawLayer read(String layer) {
    Path shp = folder.resolve(layer + ".shp");
    return ShapefileReader.read(shp, layer + ".shp", layer, ImportOptions.defaults());
  }

  private void assertInputError(String layer, String file, String record, String reason) {
    assertThatThrownBy(() -> read(layer)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.file()).isEqualTo(file);
      assertThat(e.layer()).isEqualTo(layer);
      assertThat(e.record()).isEqualTo(record);
      assertThat(e.reason()).contains(reason);
    });
  }

  @Test
  void aShpCutShort() throws IOException {
    byte[] shp = Files.readAllBytes(folder.resolve("cameras.shp"));
    Files.write(folder.resolve("cameras.shp"), Arrays.copyOf(shp, shp.length - 10));

    assertInputError("cameras", "cameras.shp", "#25", "the .shp is cut short");
  }

  @Test
  void aShpCutShortWithoutItsIndex() throws IOException {
    byte[] shp = Files.readAllBytes(folder.resolve("cameras.shp"));
    Files.write(folder.resolve("cameras.shp"), Arrays.copyOf(shp, shp.length - 10));
    Files.delete(folder.resolve("cameras.shx"));

    assertInputError("cameras", "cameras.shp", "#25", "the .shp is cut short");
  }

  @Test
  void anIndexOutOfStepWithTheShp() throws IOException {
    patchBigEndianInt("cameras.shx", 100 + 8 * 4, readBigEndianInt("cameras.shx", 100 + 8 * 4) + 4);

    assertInputError("cameras", "cameras.shx", "#5", "the .shx does not match the .shp");
  }

  @Test
  void anIndexWhoseLengthsDisagreeWithTheShp() throws IOException {
    patchBigEndianInt("zones.shx", 100 + 8 * 2 + 4, 12);

    assertInputError("zones", "zones.shx", "#3", "the index says 24 bytes");
  }

  @Test
  void anIndexPointingIntoTheHeader() throws IOException {
    patchBigEndianInt("zones.shx", 100, 10);

    assertInputError("zones", "zones.shx", "#1", "inside the .shp's header");
  }

  @Test
  void aDbfShortOfRecords() throws IOException {
    byte[] dbf = Files.readAllBytes(folder.resolve("cameras.dbf"));
    int recordLength = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN).getShort(10);
    Files.write(folder.resolve("cameras.dbf"), Arrays.copyOf(dbf, dbf.length - 1 - recordLength - 3));

    assertInputError("cameras", "cameras.dbf", "#24", "the .dbf is short of records");
  }

  @Test
  void aDbfWithFewerRecordsThanTheShp() throws IOException {
    patchLittleEndianInt("cameras.dbf", 4, 24);

    assertInputError("cameras", "cameras.dbf", "#25", "the .shp holds 25 records but the .dbf 24: record #25 has no attributes");
  }

  @Test
  void aShxListingFewerRecordsThanAWholeShpIsTheCulprit() throws IOException {
    byte[] shx = Files.readAllBytes(folder.resolve("zones.shx"));
    Files.write(folder.resolve("zones.shx"), Arrays.copyOf(shx, shx.length - 8));
    patchBigEndianInt("zones.shx", 24, (shx.length - 8) / 2);

    assertInputError("zones", "zones.shx", null, "the index lists 18 records but the .shp holds 19, read whole in order:"
        + " the .shx does not match the .shp; delete the .shx to have it rebuilt");
  }

  @Test
  void anUnknownShapeType() throws IOException {
    int offset = 2 * readBigEndianInt("cameras.shx", 100 + 8 * 2);
    patchLittleEndianInt("cameras.shp", offset + 8, 99);

    assertInputError("cameras", "cameras.shp", "#3", "unknown shape type 99");
  }

  @Test
  void aPolygonRingOfThreePoints() throws IOException {
    int offset = 2 * readBigEndianInt("zones.shx", 100);
    patchLittleEndianInt("zones.shp", offset + 8 + 40, 3);

    assertInputError("zones", "zones.shp", "#1", "polygon ring 1 has 3 points; a ring needs at least 4");
  }

  @Test
  void aPrjThatIsNotWkt() throws IOException {
    Files.writeString(folder.resolve("cameras.prj"), "WGS 84, please");

    assertInputError("cameras", "cameras.prj", null, "is not a coordinate reference system this version reads");
  }

  @Test
  void aCpgNamingAnUnknownCodePage() throws IOException {
    Files.writeString(folder.resolve("zones.cpg"), "KLINGON");

    assertInputError("zones", "zones.cpg", null, "names the code page 'KLINGON'");
  }

  @Test
  void aShapefileWithoutItsDbf() throws IOException {
    Files.delete(folder.resolve("zones.dbf"));

    assertInputError("zones", "zones.shp", null, "has no .dbf beside it");
  }

  @Test
  void aShpThatIsNoShapefile() throws IOException {
    Files.writeString(folder.resolve("zones.shp"), "camera_id,x,y\n".repeat(10));

    assertInputError("zones", "zones.shp", null, "is not a shapefile (.shp): its file code is");
  }

  @Test
  void deletedRecordsAreSkippedShapeAndAll() throws IOException {
    byte[] dbf = Files.readAllBytes(folder.resolve("cameras.dbf"));
    ByteBuffer header = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
    dbf[header.getShort(8) + header.getShort(10)] = '*';
    Files.write(folder.resolve("cameras.dbf"), dbf);

    RawLayer cameras = read("cameras");

    assertThat(cameras.features()).hasSize(24);
    assertThat(cameras.features().get(0).number()).isEqualTo(1);
    assertThat(cameras.features().get(1).number()).as("record #2 is deleted").isEqualTo(3);
    assertThat(cameras.features().get(1).text("camera_id")).isEqualTo("ST-03");
  }

  @Test
  void withoutPrjOrCrsTheImportAsksForCrsNamingTheLayer() throws IOException {
    for (String layer : new String[] {"cameras", "zones", "sites", "obstacles"}) {
      Files.delete(folder.resolve(layer + ".prj"));
    }

    assertThatThrownBy(() -> SurveyReader.read(folder, ImportOptions.defaults()))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.file()).endsWith("cameras.shp");
          assertThat(e.layer()).isEqualTo("cameras");
          assertThat(e.record()).isEqualTo("ST-01");
          assertThat(e.reason()).contains("give it with --crs");
        });
  }

  @Test
  void withoutPrjTheUsersCrsIsTaken() throws IOException {
    for (String layer : new String[] {"cameras", "zones", "sites", "obstacles"}) {
      Files.delete(folder.resolve(layer + ".prj"));
    }

    Survey survey = SurveyReader.read(folder, new ImportOptions(Crs.parse("EPSG:4326"), null));

    assertThat(survey.cameras()).hasSize(25);
    assertThat(survey.zones()).hasSize(19);
    assertThat(survey.obstacles()).hasSize(11);
  }

  @Test
  void thePrjWinsOverTheUsersCrs() {
    RawLayer layer = ShapefileReader.read(Fixtures.resource("jiefangbei-gk108-gbk-cpg").resolve("cameras.shp"),
        "cameras.shp", "cameras", new ImportOptions(Crs.parse("EPSG:4326"), null));

    assertThat(layer.crs().name()).isEqualTo("EPSG:4545");
  }

  @Test
  void aShapefileGivenAloneMustBeNamedAfterItsLayer() throws IOException {
    Files.move(folder.resolve("cameras.shp"), folder.resolve("cams.shp"));

    assertThatThrownBy(() -> SurveyReader.readLayers(folder.resolve("cams.shp"), ImportOptions.defaults()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.reason()).contains("cameras.shp"));
  }

  @Test
  void sidecarsAreFoundWhateverTheCaseOfTheirExtension() throws IOException {
    Files.move(folder.resolve("zones.dbf"), folder.resolve("zones.DBF"));
    Files.move(folder.resolve("zones.shx"), folder.resolve("zones.SHX"));

    assertThat(read("zones").features()).hasSize(19);
  }

  private int readBigEndianInt(String file, int at) throws IOException {
    return ByteBuffer.wrap(Files.readAllBytes(folder.resolve(file))).getInt(at);
  }

  private void patchBigEndianInt(String file, int at, int value) throws IOException {
    byte[] bytes = Files.readAllBytes(folder.resolve(file));
    ByteBuffer.wrap(bytes).putInt(at, value);
    Files.write(folder.resolve(file), bytes);
  }

  private void patchLittleEndianInt(String file, int at, int value) throws IOException {
    byte[] bytes = Files.readAllBytes(folder.resolve(file));
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    Files.write(folder.resolve(file), bytes);
  }
}
