package org.camsurvey.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.Rejection;
import org.camsurvey.read.Samples;
import org.camsurvey.read.TestPhotos;
import org.camsurvey.write.GeoPackageWriter;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence layer: photos found beside the survey, tied to their cameras, and flagged where
 * their EXIF position is more than 50 m from the camera (docs/SURVEY-FORMAT.md).
 */
class EvidenceLayerTest {
  /** Camera ST-05 of the sample, as cameras.geojson places it. */
  private static final double ST05_LON = 106.5771279;
  private static final double ST05_LAT = 29.5576791;

  @TempDir Path dir;
  private Path survey;

  @BeforeEach
  void copyTheSampleWithoutItsEvidence() throws IOException {
    survey = Files.createDirectories(dir.resolve("jiefangbei"));
    try (Stream<Path> files = Files.list(Samples.jiefangbei())) {
      for (Path f : files.filter(f -> f.toString().endsWith(".geojson") && !f.endsWith("evidence.geojson")).toList()) {
        Files.copy(f, survey.resolve(f.getFileName()));
      }
    }
    Files.createDirectories(survey.resolve("photos"));
  }

  private void photo(String name, byte[] bytes) throws IOException {
    Files.write(survey.resolve("photos").resolve(name), bytes);
  }

  private void evidence(String... rows) throws IOException {
    Files.writeString(survey.resolve("evidence.csv"),
        "site_id,camera_id,zone_id,photo,taken,note,taken_by\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
  }

  /** A JPEG whose EXIF puts it {@code metres} east of camera ST-05. */
  private static byte[] eastOfSt05(double metres) {
    GeodesicData at = Geodesic.WGS84.Direct(ST05_LAT, ST05_LON, 90, metres);
    return TestPhotos.withExif(TestPhotos.jpeg(40, 30, Color.GRAY), LocalDateTime.of(2023, 8, 30, 10, 40), at.lon2, at.lat2);
  }

  private static List<Finding> far(Survey s) {
    return s.importWarnings().stream().filter(f -> f.code() == FindingCode.DATA_EVIDENCE_FAR).toList();
  }

  @Test
  void aPhotoTakenFiftyOneMetresFromItsCameraIsFlaggedAndOneAtFortyNineIsNot() throws IOException {
    photo("near.jpg", eastOfSt05(49));
    photo("far.jpg", eastOfSt05(51));
    evidence("JFB-STREET,ST-05,,photos/near.jpg,2023-08-30 10:40,near,李娜",
        "JFB-STREET,ST-05,Z-W-01,photos/far.jpg,2023-08-30 10:41,far,李娜");

    Survey read = SurveyReader.read(survey, ImportOptions.defaults());

    assertThat(read.evidence()).hasSize(2);
    assertThat(far(read)).singleElement().satisfies(f -> {
      assertThat(f.siteId()).isEqualTo("JFB-STREET");
      assertThat(f.cameraId()).isEqualTo("ST-05");
      assertThat(f.source().recordLabel()).isEqualTo("#2");
      assertThat(f.figures()).containsEntry("photo", "photos/far.jpg");
      assertThat((Double) f.figures().get("distance_m")).isEqualTo(51.0);
    });
  }

  @Test
  void eachRecordKeepsItsFieldsAndThePhotosExifFromACsvLayer() throws IOException {
    photo("ST-05.jpg", eastOfSt05(3));
    evidence("JFB-STREET,ST-05,Z-W-01,photos/ST-05.jpg,2023-08-30 10:40,朝向卫生间,李娜");

    EvidencePhoto e = SurveyReader.read(survey, ImportOptions.defaults()).evidence().get(0);

    assertThat(e.siteId()).isEqualTo("JFB-STREET");
    assertThat(e.cameraId()).isEqualTo("ST-05");
    assertThat(e.zoneId()).isEqualTo("Z-W-01");
    assertThat(e.photoPath()).isEqualTo("photos/ST-05.jpg");
    assertThat(e.photo().file()).isEqualTo(survey.resolve("photos/ST-05.jpg").toAbsolutePath().normalize());
    assertThat(e.taken()).isEqualTo(LocalDateTime.of(2023, 8, 30, 10, 40));
    assertThat(e.note()).isEqualTo("朝向卫生间");
    assertThat(e.takenBy()).isEqualTo("李娜");
    assertThat(e.photo().exifTaken()).isEqualTo(LocalDateTime.of(2023, 8, 30, 10, 40));
    assertThat(e.belongsTo("JFB-STREET", "ST-05", "Z-W-01")).isTrue();
    assertThat(e.belongsTo("JFB-STREET", "ST-05", null)).isFalse();
  }

  @Test
  void thePhotoOfARecordMustExistAndBeAnImage() throws IOException {
    evidence("JFB-STREET,ST-05,,photos/gone.jpg,,,");
    Rejection.of(() -> SurveyReader.read(survey, ImportOptions.defaults()))
        .names(survey.resolve("evidence.csv").toString(), "evidence", "#1", "photo")
        .because("photos/gone.jpg", "does not exist");

    Files.writeString(survey.resolve("photos/text.png"), "not a photo");
    evidence("JFB-STREET,ST-05,,photos/text.png,,,");
    Rejection.of(() -> SurveyReader.read(survey, ImportOptions.defaults()))
        .names(survey.resolve("evidence.csv").toString(), "evidence", "#1", "photo")
        .because("photos/text.png", "is not a JPEG or PNG image");
  }

  @Test
  void aRecordMustNameACameraOfItsSite() throws IOException {
    photo("a.png", TestPhotos.png(8, 8, Color.RED));
    evidence("JFB-STREET,H-03,,photos/a.png,,,");

    Rejection.of(() -> SurveyReader.read(survey, ImportOptions.defaults()))
        .names(survey.resolve("evidence.csv").toString(), "evidence", "#1", "camera_id")
        .because("site JFB-STREET has no camera H-03");
  }

  @Test
  void photosOfALayerInAZipStartFromTheZipsFolder() throws IOException {
    Files.createFile(dir.resolve("set.zip"));
    assertThat(EvidenceLayer.photoFolder(dir.resolve("set.zip/evidence.dbf").toString())).isEqualTo(dir);
    assertThat(EvidenceLayer.photoFolder(survey.resolve("evidence.csv").toString())).isEqualTo(survey);
  }

  @Test
  void aWrittenSurveyNamesItsPhotosFromItsOwnFolder() throws IOException {
    photo("ST-05.jpg", eastOfSt05(3));
    evidence("JFB-STREET,ST-05,,photos/ST-05.jpg,,,");
    Survey read = SurveyReader.read(survey, ImportOptions.defaults());
    Path out = Files.createDirectories(dir.resolve("out/nested"));

    GeoPackageWriter.write(out.resolve("x.gpkg"), SurveyLayers.of(read, out));
    Survey back = SurveyReader.read(out.resolve("x.gpkg"), ImportOptions.defaults());

    assertThat(back.evidence()).singleElement().satisfies(e -> {
      assertThat(e.photoPath()).isEqualTo("../../jiefangbei/photos/ST-05.jpg");
      assertThat(e.photo()).isEqualTo(read.evidence().get(0).photo());
    });
  }
}
