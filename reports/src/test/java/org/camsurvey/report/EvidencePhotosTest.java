package org.camsurvey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camsurvey.model.Language;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.report.pdf.DocumentFont;
import org.camsurvey.report.pdf.InspectionReport;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's photos in its inspection report: each beside its finding with its caption,
 * embedded once, the same bytes every time; and a photo changed since the survey was read is
 * refused, not printed.
 */
class EvidencePhotosTest {
  private static final LocalDate DATE = LocalDate.of(2023, 8, 30);

  @TempDir Path dir;
  private Path sample;

  @BeforeEach
  void copyTheSample() throws IOException {
    sample = dir.resolve("jiefangbei");
    Path from = ReportFixture.repositoryRoot().resolve("samples/jiefangbei");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, sample.resolve(from.relativize(f).toString()));
      }
    }
  }

  private byte[] report(Language language) {
    CheckResult result = Checker.check(SurveyReader.read(sample, ImportOptions.defaults()), CheckOptions.defaults());
    String sha = "0".repeat(64);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("INS", DATE, sha), DATE, "jiefangbei", sha, language, "test");
    return InspectionReport.write(result, new InspectionReport.Inspection(
        List.of(new Inspector("张伟", "50010012345"), new Inspector("李娜", "50010067890")), DATE.plusDays(15)),
        info, DocumentFont.bundled());
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder out = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      out.append(extractor.getTextFromPage(page));
    }
    reader.close();
    return out.toString().replaceAll("\\s+", "");
  }

  /** The image XObjects in the file, each counted once however many pages show it. */
  private static int images(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    int images = 0;
    for (int i = 1; i < reader.getXrefSize(); i++) {
      PdfObject o = reader.getPdfObjectRelease(i);
      if (o instanceof PdfStream s && PdfName.IMAGE.equals(((PdfDictionary) s).get(PdfName.SUBTYPE))) {
        images++;
      }
    }
    reader.close();
    return images;
  }

  @Test
  void eachPhotoIsPrintedBesideItsFindingWithItsCaptionAndEmbeddedOnce() throws IOException {
    byte[] pdf = report(Language.ZH);
    String text = text(pdf);

    assertThat(images(pdf)).isEqualTo(2);
    assertThat(text).contains("现场照片照片photos/H-03-Z-H-02.jpg（320×240像素", "拍摄时间2023-08-3010:15；拍摄人张伟",
        "说明：H-03镜头朝向一楼101客房窗户", "EXIF拍摄时间2023-08-3010:15:00", "EXIF位置经度106.577001、纬度29.558812（WGS84），距摄像机2.3米",
        "照片photos/ST-05.png（240×180像素", "照片无EXIF时间和位置");
    // H-03's photo shows zone Z-H-02: it stands beside that finding, and before the next one
    int finding = text.indexOf("ART9_FORBIDDEN_VIEW·违法·JFB-HOTEL云栖");
    assertThat(text.indexOf("photos/H-03-Z-H-02.jpg")).isGreaterThan(finding)
        .isLessThan(text.indexOf("ART9_FORBIDDEN_VIEW·违法·JFB-HOTEL-3F"));
  }

  @Test
  void everyArticleNineFindingSaysItsOverlapIsComputedFromTheSurvey() throws IOException {
    String zh = text(report(Language.ZH));
    String en = text(report(Language.EN));

    // the sample has four Art. 9 findings
    assertThat(zh.split("重叠面积按勘查数据中摄像机的位置、方向角和视场", -1)).hasSize(5);
    assertThat(en).contains("Theoverlapiscomputedfromthecamera'ssurveyedposition,headingandfieldofview",
        "PhotoonsitePhotophotos/H-03-Z-H-02.jpg", "EXIFposition");
  }

  @Test
  void aPhotoOfACameraWithoutFindingsIsPrintedAfterTheFindings() throws IOException {
    Path evidence = sample.resolve("evidence.geojson");
    Files.writeString(evidence, Files.readString(evidence).replace("\n]}", ",\n{\"type\": \"Feature\", \"properties\": "
        + "{\"site_id\": \"JFB-STREET\", \"camera_id\": \"ST-01\", \"photo\": \"photos/ST-05.png\", "
        + "\"note\": \"ST-01 标识完好\"}, \"geometry\": null}\n]}"));

    String text = text(report(Language.ZH));

    // headings and table cells are extracted in the order of their layers, not as they read
    assertThat(text).contains("其他现场照片（所涉摄像机无对应发现）", "JFB-STREET·ST-01照片photos/ST-05.png", "说明：ST-01标识完好");
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    assertThat(report(Language.ZH)).isEqualTo(report(Language.ZH));
  }

  @Test
  void aPhotoChangedSinceTheSurveyWasReadIsRefusedNotPrinted() throws IOException {
    CheckResult result = Checker.check(SurveyReader.read(sample, ImportOptions.defaults()), CheckOptions.defaults());
    Path photo = sample.resolve("photos/ST-05.png");
    Files.write(photo, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
    String sha = "0".repeat(64);
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("INS", DATE, sha), DATE, "jiefangbei", sha, Language.ZH, "test");

    assertThatThrownBy(() -> InspectionReport.write(result, new InspectionReport.Inspection(
        List.of(new Inspector("张伟", "1"), new Inspector("李娜", "2")), DATE), info, DocumentFont.bundled()))
        .isInstanceOf(InputException.class).hasMessageContaining("ST-05.png", "has changed since the survey was read");
  }
}
