package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.geo.Crs;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks: one sheet per layer, typed cells, and the ones that must be refused. */
class XlsxReaderTest {
  @Test
  void typedCellsBecomeTheValuesTheAssemblerReads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle dateTime = wb.createCellStyle();
      dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      wb.createSheet("说明 Fields").createRow(0).createCell(0).setCellValue("ignored");
      Sheet cameras = wb.createSheet("Cameras");
      header(cameras, "Camera_ID", "site_id", "heading", "hfov", "range_m", "signage", "installed", "lon", "lat", "");
      Row r = cameras.createRow(3);
      r.createCell(0).setCellValue(7);
      r.createCell(1).setCellValue("S1");
      r.createCell(2).setCellFormula("90+45");
      r.createCell(3).setCellValue(60.5);
      r.createCell(4).setCellValue(30);
      r.createCell(5).setCellValue(true);
      r.createCell(6).setCellValue(LocalDate.of(2024, 3, 5));
      r.getCell(6).setCellStyle(date);
      r.createCell(7).setCellValue(106.5773339);
      r.createCell(8).setCellValue("29.5592641");
      r.createCell(9).setCellValue("stray");
      cameras.createRow(5).createCell(1).setCellValue("  ");
      Sheet log = wb.createSheet("access_log");
      header(log, "site_id", "when", "persons");
      Row e = log.createRow(1);
      e.createCell(0).setCellValue("S1");
      e.createCell(1).setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
      e.getCell(1).setCellStyle(dateTime);
      e.createCell(2).setCellValue(2);
      header(wb.createSheet("zones"), "zone_id", "site_id", "rule", "item", "wkt");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }

    List<RawLayer> layers = SurveyReader.readLayers(file, ImportOptions.defaults());

    assertThat(layers).extracting(RawLayer::name).as("the empty zones sheet is left out").containsExactly("cameras", "access_log");
    RawLayer cameras = layers.get(0);
    assertThat(cameras.fields()).containsExactlyInAnyOrder("camera_id", "site_id", "heading", "hfov", "range_m", "signage", "installed");
    assertThat(cameras.features()).hasSize(1);
    RawFeature camera = cameras.features().get(0);
    assertThat(camera.number()).isEqualTo(1);
    assertThat(camera.text("camera_id")).isEqualTo("7");
    assertThat(camera.attributes().get("heading")).isEqualTo(135.0);
    assertThat(camera.attributes().get("hfov")).isEqualTo(60.5);
    assertThat(camera.attributes().get("signage")).isEqualTo(true);
    assertThat(camera.attributes().get("installed")).isEqualTo("2024-03-05");
    assertThat(camera.geometry().toText()).isEqualTo("POINT (106.5773339 29.5592641)");
    assertThat(cameras.crs()).isEqualTo(Crs.wgs84());
    assertThat(layers.get(1).features().get(0).attributes()).containsEntry("when", "2024-03-05T14:30").containsEntry("persons", 2.0);
  }

  @Tag("slow")
  @Test
  void theSampleAsAWorkbookHasTheSampleFindings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("jiefangbei.xlsx");
    var sample = SurveyReader.read(SampleSurveys.jiefangbeiMap(), ImportOptions.defaults());
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (OutputLayer layer : SurveyLayers.of(sample)) {
        Sheet sheet = wb.createSheet(layer.name());
        List<String> names = new java.util.ArrayList<>(layer.fields().stream().map(LayerSchema.Field::name).toList());
        names.add("wkt");
        header(sheet, names.toArray(String[]::new));
        int r = 1;
        for (OutputLayer.Feature f : layer.features()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < names.size() - 1; c++) {
            Object v = f.values().get(names.get(c));
            if (v instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
              row.createCell(c).setCellValue(b ? "yes" : "no");
            } else if (v != null) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
          if (f.geometry() != null) {
            row.createCell(names.size() - 1).setCellValue(f.geometry().toText());
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }

    assertThat(Samples.findings(SurveyReader.read(file, ImportOptions.defaults())))
        .containsExactlyElementsOf(Samples.jiefangbeiFindings());
  }

  @Test
  void aWorkbookWithoutLayerSheetsIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Sheet1");
      wb.write(out);
    }

    assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ": has no sheet named after a layer");
  }

  @Test
  void anErrorCellIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("cameras");
      header(sheet, "camera_id", "heading");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("C1");
      row.createCell(1).setCellFormula("1/0");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }

    assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": layer 'cameras', record row 2: cell B2 holds #DIV/0! instead of a value");
  }

  @Test
  void zipGarbageAnOldXlsAndAnEmptyFileAreRefused(@TempDir Path dir) throws IOException {
    Path garbage = dir.resolve("garbage.xlsx");
    Files.write(garbage, "PK\u0003\u0004\u0014\u0000 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
    Path xls = dir.resolve("old.xlsx");
    byte[] ole2 = new byte[1024];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        0, ole2, 0, 8);
    Files.write(xls, ole2);
    Path empty = dir.resolve("empty.xlsx");
    Files.write(empty, new byte[0]);
    Path text = dir.resolve("text.xlsx");
    Files.writeString(text, "camera_id,heading\nC1,90\n");

    for (Path file : List.of(garbage, empty, text)) {
      assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file + ": is not a readable .xlsx workbook");
    }
    assertThatThrownBy(() -> SurveyReader.readLayers(xls, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(xls + ": is an old Excel 97–2003 (.xls) or an encrypted workbook; save it as an unprotected .xlsx workbook");
  }

  @Test
  void aZipBombWorkbookIsRefusedQuickly(@TempDir Path dir) throws IOException {
    Path honest = dir.resolve("honest.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(honest)) {
      header(wb.createSheet("cameras"), "camera_id");
      wb.write(out);
    }
    Path bomb = dir.resolve("bomb.xlsx");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(honest.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData");
          out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 20; i++) {
            out.write(spaces);
          }
          out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          try (InputStream part = in.getInputStream(entry)) {
            part.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    Files.write(bomb, bytes.toByteArray());
    assertThat(Files.size(bomb)).isLessThan(1L << 20);

    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> SurveyReader.readLayers(bomb, ImportOptions.defaults()))
            .isInstanceOf(InputException.class)
            .hasMessage(bomb + ": a part of the workbook inflates more than 100 times or beyond 32 MiB; refused as a "
                + "possible zip bomb, or too large to read"));
  }

  @Test
  void aWorkbookWithAPartNameThatIsNotUtf8IsAnInputError(@TempDir Path dir) throws IOException {
    // found by XlsxReaderFuzzTest: java.util.zip threw IllegalArgumentException on such a name
    Path file = dir.resolve("fuzz.xlsx");
    try (InputStream in = XlsxReaderTest.class.getResourceAsStream(
        "XlsxReaderFuzzTestInputs/readsAnyBytesOrRejectsThemAsInput/crash_part_name_not_utf8.xlsx")) {
      Files.copy(in, file);
    }

    assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": is not a readable .xlsx workbook: the name of a part in it is not UTF-8");
  }

  @Test
  void aWorkbookCutShortOfItsZipDirectoryIsAnInputError(@TempDir Path dir) throws IOException {
    // found by XlsxReaderFuzzTest: POI read it from its local headers and reached a Zstandard part,
    // for which it threw NoClassDefFoundError
    Path file = dir.resolve("fuzz.xlsx");
    try (InputStream in = XlsxReaderTest.class.getResourceAsStream(
        "XlsxReaderFuzzTestInputs/readsAnyBytesOrRejectsThemAsInput/crash_no_central_directory_zstd_part.xlsx")) {
      Files.copy(in, file);
    }

    assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ": is not a readable .xlsx workbook: its zip directory cannot be read");
  }

  @Test
  void aPartCompressedAsXlsxFilesNeverAreIsAnInputError(@TempDir Path dir) throws IOException {
    byte[] content = "<worksheet/>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry("xl/worksheets/sheet1.xml");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(content.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(content);
      entry.setCrc(crc.getValue());
      out.putNextEntry(entry);
      out.write(content);
      out.closeEntry();
    }
    byte[] zip = bytes.toByteArray();
    ByteBuffer little = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    little.putShort(8, (short) 93); // the local header's method: Zstandard
    for (int at = 0; at + 4 <= zip.length; at++) {
      if (little.getInt(at) == 0x02014b50) { // the central directory's entry
        little.putShort(at + 10, (short) 93);
      }
    }
    Path file = Files.write(dir.resolve("zstd.xlsx"), zip);

    assertThatThrownBy(() -> SurveyReader.readLayers(file, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ": is not a readable .xlsx workbook: its zip directory cannot be read")
        .hasMessageContaining("compression method: 93");
  }

  @Test
  void aWorkbookStatingMoreXmlThanItMayHoldIsRefusedBeforeInflating(@TempDir Path dir) throws IOException {
    Path large = dir.resolve("large.xlsx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(large))) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int sheet = 1; sheet <= 3; sheet++) {
        out.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheet + ".xml"));
        for (int i = 0; i < 25; i++) {
          out.write(spaces);
        }
        out.closeEntry();
      }
    }

    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
        assertThatThrownBy(() -> SurveyReader.readLayers(large, ImportOptions.defaults()))
            .isInstanceOf(InputException.class)
            .hasMessage(large + ": its parts inflate to 75 MiB, more than the 64 MiB a workbook may hold; refused as "
                + "too large to read (split it, or save its layers as CSV)"));
  }

  private static void header(Sheet sheet, String... names) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }
}
