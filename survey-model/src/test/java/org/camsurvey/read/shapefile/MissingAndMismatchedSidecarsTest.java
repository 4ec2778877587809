package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.model.FindingCode;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real shapefiles with a sidecar missing or from another file: read as GDAL reads them where the
 * layer can do without, else refused naming the file at fault.
 */
class MissingAndMismatchedSidecarsTest {
  private static Path senate(Path dir, String... parts) throws IOException {
    Path folder = Fixtures.repositoryRoot().resolve("../shared/testdata/shapefile-js-senate").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder), "no third-party test data at " + folder);
    for (String part : parts) {
      Files.copy(folder.resolve("senate." + part), dir.resolve("senate." + part));
    }
    return dir.resolve("senate.shp");
  }

  @Test
  void obstaclesWithoutDbfAreReadAsShapesAlone(@TempDir Path dir) throws IOException {
    Path shp = senate(dir, "shp", "shx", "prj");

    RawLayer layer = ShapefileReader.read(shp, "senate.shp", "obstacles", ImportOptions.defaults());

    assertThat(layer.features()).hasSize(40);
    assertThat(layer.fields()).isEmpty();
    assertThat(layer.crs()).isNotNull();
    assertThat(layer.warnings()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo(FindingCode.DATA_MISSING_FIELD));
  }

  @Test
  void aLayerThatNeedsAttributesIsRefusedWithoutDbf(@TempDir Path dir) throws IOException {
    Path shp = senate(dir, "shp", "shx", "prj");

    assertThatThrownBy(() -> ShapefileReader.read(shp, "senate.shp", "zones", ImportOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageContaining("senate.shp").hasMessageContaining("has no .dbf")
        .hasMessageContaining("only an obstacles layer");
  }

  @Test
  void anIndexFromAnotherFileIsNamedAsTheCulprit(@TempDir Path dir) throws IOException {
    Path shp = senate(dir, "shp", "dbf", "prj");
    Files.copy(Fixtures.pyshp("blockgroups.shx"), dir.resolve("senate.shx"));

    assertThatThrownBy(() -> ShapefileReader.read(shp, "senate.shp", "zones", ImportOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageStartingWith("senate.shx")
        .hasMessageContaining("the .shx does not match the .shp");
  }

  @Test
  void anIndexListingTooFewRecordsIsNamedAsTheCulprit(@TempDir Path dir) throws IOException {
    Path shp = senate(dir, "shp", "dbf", "prj");
    byte[] shx = Files.readAllBytes(Fixtures.repositoryRoot().resolve("../shared/testdata/shapefile-js-senate/senate.shx")
        .normalize());
    // the index of the first 39 records, as a .shx left over from an earlier export
    byte[] shorter = java.util.Arrays.copyOf(shx, shx.length - 8);
    java.nio.ByteBuffer.wrap(shorter).putInt(24, shorter.length / 2);
    Files.write(dir.resolve("senate.shx"), shorter);

    assertThatThrownBy(() -> ShapefileReader.read(shp, "senate.shp", "zones", ImportOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageStartingWith("senate.shx")
        .hasMessageContaining("lists 39 records but the .shp holds 40");
  }
}
