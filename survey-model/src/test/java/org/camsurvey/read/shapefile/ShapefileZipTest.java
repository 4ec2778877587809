package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawLayer;
import org.camsurvey.survey.SurveyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A survey as a zip of a shapefile folder; and the zips that are refused before they are inflated. */
class ShapefileZipTest {
  @TempDir
  Path scratch;

  /** The WGS 84 fixture's files, by name. */
  private static Map<String, byte[]> fixture() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(Fixtures.resource("jiefangbei-wgs84-utf8"))) {
      for (Path f : listing.toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private Path zip(String name, Charset names, Map<String, byte[]> entries) throws IOException {
    Path zip = scratch.resolve(name);
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, names)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return zip;
  }

  private Path zipOfFolder(String name, String folder, Charset names) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    fixture().forEach((file, bytes) -> entries.put(folder + file, bytes));
    entries.put(folder + "cameras.sbn", new byte[] {1, 2, 3});
    entries.put("__MACOSX/" + folder + "._cameras.shp", new byte[] {0, 5, 22, 7});
    return zip(name, names, entries);
  }

  @Test
  void aZippedFolderReadsAsTheFolderDoes() throws IOException {
    Path zip = zipOfFolder("jiefangbei.zip", "jiefangbei/", StandardCharsets.UTF_8);

    Survey fromZip = SurveyReader.read(zip, ImportOptions.defaults());
    Survey fromFolder = SurveyReader.read(Fixtures.resource("jiefangbei-wgs84-utf8"), ImportOptions.defaults());

    assertThat(fromZip.name()).isEqualTo("jiefangbei");
    assertThat(fromZip.layers()).containsExactlyInAnyOrder("cameras", "zones", "sites", "obstacles");
    assertThat(fromZip.cameras()).hasSameSizeAs(fromFolder.cameras()).hasSize(25);
    assertThat(fromZip.zones()).map(z -> z.name()).containsExactlyElementsOf(fromFolder.zones().stream().map(z -> z.name()).toList())
        .hasSize(19);
    assertThat(fromZip.sites()).hasSize(7);
    assertThat(fromZip.obstacles()).map(o -> o.obstacleId())
        .containsExactlyElementsOf(fromFolder.obstacles().stream().map(o -> o.obstacleId()).toList()).hasSize(11);
    assertThat(fromZip.cameras().get(0).source().file()).isEqualTo(zip + "/jiefangbei/cameras.shp");
  }

  @Test
  void shapefilesAtTheTopOfTheZip() throws IOException {
    Path zip = zip("top.zip", StandardCharsets.UTF_8, fixture());

    Survey survey = SurveyReader.read(zip, ImportOptions.defaults());

    assertThat(survey.cameras()).hasSize(25);
    assertThat(survey.zones()).hasSize(19);
    assertThat(survey.obstacles()).hasSize(11);
  }

  @Test
  void aFolderNamedInGbkAsZipsFromAChineseWindowsAre() throws IOException {
    Path zip = zipOfFolder("解放碑.zip", "解放碑调查/", Charset.forName("GBK"));

    ShapefileZip opened = ShapefileZip.open(zip, "解放碑.zip");

    assertThat(opened.names()).containsExactly("cameras", "obstacles", "sites", "zones");
    RawLayer cameras = opened.read("cameras", "cameras", ImportOptions.defaults());
    assertThat(cameras.file()).isEqualTo("解放碑.zip/解放碑调查/cameras.shp");
  }

  @Test
  void shapefilesInTwoFoldersAreAmbiguous() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    fixture().forEach((file, bytes) -> {
      entries.put("a/" + file, bytes);
      entries.put("b/" + file, bytes);
    });
    Path zip = zip("two.zip", StandardCharsets.UTF_8, entries);

    assertRefused(zip, "holds layer files in several folders (a/, b/)");
  }

  @Test
  void anEntryReachingOutOfTheZipIsRefused() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(fixture());
    entries.put("../cameras.shp", new byte[1]);

    assertRefused(zip("slip.zip", StandardCharsets.UTF_8, entries), "its entry '../cameras.shp' points outside the zip");
  }

  @Test
  void anEntryWithAnAbsolutePathIsRefused() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(fixture());
    entries.put("/etc/cameras.shp", new byte[1]);

    assertRefused(zip("absolute.zip", StandardCharsets.UTF_8, entries), "points outside the zip");
  }

  @Test
  void aZipHoldingMoreThanTheCapIsRefusedBeforeInflating() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(fixture());
    entries.put("padding.bin", new byte[2 << 20]);
    Path zip = zip("bomb.zip", StandardCharsets.UTF_8, entries);
    assertThat(Files.size(zip)).isLessThan(1 << 16);

    assertThatThrownBy(() -> ShapefileZip.open(zip, "bomb.zip", 1 << 20, 100))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.reason()).contains("more than 1048576 bytes"));
  }

  @Test
  void anEntryInflatingPastTheSizeItStatesIsRefused() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(fixture());
    entries.put("cameras.dbf", new byte[1 << 20]);
    Path zip = zip("liar.zip", StandardCharsets.UTF_8, entries);
    understateSizes(zip, "cameras.dbf", 1000);

    assertRefused(zip, "cameras.dbf inflates past the 1000 bytes it states");
  }

  @Test
  void aZipOfTooManyEntriesIsRefused() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(fixture());
    for (int i = 0; i < 100; i++) {
      entries.put("notes/" + i + ".txt", new byte[0]);
    }

    assertThatThrownBy(() -> ShapefileZip.open(zip("many.zip", StandardCharsets.UTF_8, entries), "many.zip", 1 << 20, 100))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.reason()).contains("more than the 100"));
  }

  @Test
  void aFileThatIsNoZip() throws IOException {
    Path notZip = Files.writeString(scratch.resolve("cameras.zip"), "not a zip");

    assertRefused(notZip, "is not a readable zip");
  }

  private static void assertRefused(Path zip, String reason) {
    assertThatThrownBy(() -> SurveyReader.readLayers(zip, ImportOptions.defaults()))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.file()).isEqualTo(zip.toString());
          assertThat(e.reason()).contains(reason);
        });
  }

  /** Makes an entry's local and central headers state a smaller inflated size than it has. */
  private static void understateSizes(Path zip, String entry, int size) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    List<int[]> headers = List.of(new int[] {0x04034b50, 22, 26, 30}, new int[] {0x02014b50, 24, 28, 46});
    for (int at = 0; at + 46 < bytes.length; at++) {
      for (int[] h : headers) {
        if (b.getInt(at) == h[0] && Short.toUnsignedInt(b.getShort(at + h[2])) == name.length
            && java.util.Arrays.equals(bytes, at + h[3], at + h[3] + name.length, name, 0, name.length)) {
          b.putInt(at + h[1], size);
        }
      }
    }
    Files.write(zip, bytes);
  }
}
