package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Shapefiles other software made (pyshp's test data, ../shared/testdata/pyshp), read as GDAL's
 * ogrinfo reads them: the figures below are ogrinfo's.
 */
class ThirdPartyShapefilesTest {
  private static RawLayer read(Path shp, ImportOptions options) {
    return ShapefileReader.read(shp, shp.getFileName().toString(), "test", options);
  }

  @Test
  void blockGroups() {
    RawLayer layer = read(Fixtures.pyshp("blockgroups.shp"), ImportOptions.defaults());

    checkBlockGroups(layer);
    assertThat(layer.crs()).as("no .prj, no --crs").isNull();
    assertThat(layer.warnings()).isEmpty();
  }

  @Test
  void blockGroupsZippedWithSpatialIndexFilesToIgnore() {
    ShapefileZip zip = ShapefileZip.open(Fixtures.pyshp("blockgroups.zip"), "blockgroups.zip");

    assertThat(zip.names()).containsExactly("blockgroups");
    checkBlockGroups(zip.read("blockgroups", "test", ImportOptions.defaults()));
  }

  private static void checkBlockGroups(RawLayer layer) {
    List<RawFeature> features = layer.features();
    assertThat(features).hasSize(663);
    assertThat(features).map(f -> f.geometry().getGeometryType()).filteredOn("MultiPolygon"::equals).hasSize(8);
    assertThat(features).map(f -> f.geometry().getGeometryType()).filteredOn("Polygon"::equals).hasSize(655);
    assertThat(features.stream().mapToInt(f -> f.geometry().getNumGeometries()).sum()).isEqualTo(673);
    assertThat(features.stream().mapToInt(f -> ((Polygon) f.geometry().getGeometryN(0)).getNumInteriorRing()).sum())
        .isEqualTo(5);
    assertThat(features.stream().mapToDouble(f -> f.geometry().getArea()).sum()).isCloseTo(0.0169797314455003, within(1e-12));
    assertThat(layer.fields()).hasSize(43).contains("area", "bkg_key", "pop1990", "pop90_sqmi", "households");
    RawFeature first = features.get(0);
    assertThat(first.attributes()).containsEntry("area", 0.96761).containsEntry("bkg_key", "060750179029")
        .containsEntry("pop1990", 4531L).containsEntry("pop90_sqmi", 4682.7).containsEntry("households", 970L);
    RawFeature last = features.get(662);
    assertThat(last.number()).isEqualTo(663);
    assertThat(last.attributes()).containsEntry("bkg_key", "060816016021").containsEntry("pop1990", 3752L);
    assertThat(features.stream().mapToLong(f -> (Long) f.attributes().get("pop1990")).sum()).isEqualTo(808561);
    assertThat(features.stream().mapToDouble(f -> (Double) f.attributes().get("area")).sum())
        .isCloseTo(64.13823, within(1e-9));
  }

  @Test
  void aLineLayerWithTrailingBytesReadsAsItsTenRecords() {
    RawLayer layer = read(Fixtures.pyshp("corrupt_too_long.shp"), ImportOptions.defaults());

    assertThat(layer.features()).hasSize(10);
    assertThat(layer.features()).map(f -> f.geometry().toText()).containsOnly("LINESTRING (1 1, 1 2, 2 2)");
    assertThat(layer.features()).map(f -> f.attributes().get("test")).containsOnly("value");
  }

  @Test
  void aMissingIndexIsRebuiltWithAWarningAndLatin1WithoutCpgIsGuessedAsGb18030(@TempDir Path scratch) {
    Path folder = Fixtures.copy(Fixtures.pyshp("latin1.shp").getParent(), scratch, "latin1.shp", "latin1.dbf");

    RawLayer layer = read(folder.resolve("latin1.shp"), ImportOptions.defaults());

    assertThat(layer.features()).hasSize(1);
    assertThat(layer.features().get(0).geometry().getGeometryType()).isEqualTo("Polygon");
    assertThat(layer.features().get(0).attributes()).containsEntry("id", 2L);
    assertThat(layer.features().get(0).attributes().get("name")).isNotEqualTo("Ñandú");
    assertThat(layer.warnings()).map(Finding::code)
        .containsExactly(FindingCode.DATA_INDEX_REBUILT, FindingCode.DATA_ENCODING_GUESSED);
    Finding rebuilt = layer.warnings().get(0);
    assertThat(rebuilt.source().file()).isEqualTo("latin1.shp");
    assertThat(rebuilt.source().layer()).isEqualTo("test");
    assertThat(layer.warnings().get(1).figures()).containsEntry("encoding", "GB18030");
  }

  @Test
  void latin1IsReadAsLatin1WhenTheUserSaysSo(@TempDir Path scratch) {
    Path folder = Fixtures.copy(Fixtures.pyshp("latin1.shp").getParent(), scratch, "latin1.shp", "latin1.dbf");

    RawLayer layer = read(folder.resolve("latin1.shp"), new ImportOptions(null, StandardCharsets.ISO_8859_1));

    assertThat(layer.features().get(0).attributes()).containsEntry("name", "Ñandú");
    assertThat(layer.warnings()).map(Finding::code).containsExactly(FindingCode.DATA_INDEX_REBUILT);
  }

  @Test
  void withItsIndexLatin1NeedsNoRebuild() {
    RawLayer layer = read(Fixtures.pyshp("latin1.shp"), new ImportOptions(null, StandardCharsets.ISO_8859_1));

    assertThat(layer.warnings()).isEmpty();
    assertThat(layer.features().get(0).attributes()).containsEntry("name", "Ñandú");
  }

  @Test
  void aFolderInsideAZipWithCpgAndAProjectedPrj() {
    ShapefileZip zip = ShapefileZip.open(Fixtures.pyshp("REL.zip"), "REL.zip");

    assertThat(zip.names()).containsExactly("releaseArea20090407");
    RawLayer layer = zip.read("releaseArea20090407", "test", ImportOptions.defaults());
    assertThat(layer.file()).isEqualTo("REL.zip/REL/releaseArea20090407.shp");
    assertThat(layer.features()).hasSize(1);
    RawFeature feature = layer.features().get(0);
    assertThat(feature.attributes()).containsEntry("id", 1L).containsEntry("ci95", null)
        .containsEntry("thickness", 1.0).containsEntry("name", "releaseArea20090407_1");
    Geometry polygon = feature.geometry();
    assertThat(polygon.getGeometryType()).isEqualTo("Polygon");
    assertThat(polygon.getCoordinates()).hasSize(10);
    assertThat(polygon.getCoordinates()[0].x).isEqualTo(319371.106399998, within(1e-6));
    assertThat(Double.isNaN(polygon.getCoordinates()[0].getZ())).as("Z is dropped").isTrue();
    // MGI / Austria Lambert (Lambert Conformal Conic on Bessel 1841): the release area is in Austria.
    assertThat(layer.crs().isGeographic()).isFalse();
    assertThat(layer.crs().name()).startsWith("+proj=lcc");
    double[] lonLat = layer.crs().toLonLat(polygon.getCoordinates()[0].x, polygon.getCoordinates()[0].y);
    assertThat(lonLat[0]).isBetween(9.5, 17.2);
    assertThat(lonLat[1]).isBetween(46.4, 49.1);
  }

  @Test
  void aZipWithNoShapefileIsRejected() {
    Path empty = Fixtures.pyshp("empty_zipfile.zip");
    assertThatThrownBy(() -> ShapefileZip.open(empty, "empty_zipfile.zip"))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.file()).isEqualTo("empty_zipfile.zip");
          assertThat(e.reason()).contains("holds no shapefile");
        });
  }

  @Test
  void aZipOfShapefilesNotNamedAfterLayersIsNoSurvey() {
    Path rel = Fixtures.pyshp("REL.zip");
    assertThatThrownBy(() -> SurveyReader.readLayers(rel, ImportOptions.defaults()))
        .isInstanceOfSatisfying(InputException.class, e ->
            assertThat(e.reason()).contains("holds no survey layers", "releaseArea20090407"));
  }
}
