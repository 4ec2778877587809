package org.camsurvey.read.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.camsurvey.read.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dBase III values as RawFeature wants them, and the tables that are not dBase III. */
class DbfReaderTest {
  private static final Charset GBK = Charset.forName("GBK");

  private static Object value(String field, String raw) {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of(field), List.of(List.of(raw)));
    DbfReader reader = new DbfReader("t.dbf", "test", dbf);
    reader.decodeWith(StandardCharsets.UTF_8);
    return reader.attributes(0).values().iterator().next();
  }

  @ParameterizedTest(name = "{0} ''{1}''")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      N:N:10      | '        42' | 42
      N:N:10      | '       -42' | -42
      N:N:10:2    | '     12.50' | 12.5
      N:N:10      | '      12.5' | 12.5
      N:F:19:11   | '1.50000000000E+002' | 150.0
      N:N:10      | '          ' | null
      N:N:10      | '**********' | null
      N:N:10      | '     1,5  ' | 1,5
      N:N:10      | '    abc   ' | abc
      L:L:1       | T | true
      L:L:1       | y | true
      L:L:1       | F | false
      L:L:1       | n | false
      L:L:1       | ? | null
      L:L:1       | ' ' | null
      D:D:8       | 20240305 | 2024-03-05
      D:D:8       | '        ' | null
      D:D:8       | 00000000 | null
      D:D:8       | 2024-3-5 | 2024-3-5
      C:C:20      | '  padded  ' | '  padded'
      C:C:20      | '          ' | null
      """)
  void valuesReadAsTheirType(String field, String raw, String expected) {
    Object v = value(field, raw);

    if (expected == null) {
      assertThat(v).isNull();
    } else if (field.contains(":N:") && expected.matches("-?\\d+")) {
      assertThat(v).isEqualTo(Long.parseLong(expected));
    } else if (field.matches(".*:[NF]:.*") && expected.matches("-?[\\d.]+")) {
      assertThat(v).isEqualTo(Double.parseDouble(expected));
    } else if (field.contains(":L:")) {
      assertThat(v).isEqualTo(Boolean.parseBoolean(expected));
    } else {
      assertThat(v).isEqualTo(expected);
    }
  }

  @Test
  void chineseFieldNamesAndValuesInGbk() {
    byte[] dbf = ShapefileBytes.dbf(GBK, 0x4D, List.of("摄像机编号:C:20", "方向角:N:5"), List.of(List.of("南门01", "90")));
    DbfReader reader = new DbfReader("t.dbf", "test", dbf);

    assertThat(reader.languageDriver()).isEqualTo(0x4D);
    assertThat(reader.isValidUtf8()).isFalse();
    reader.decodeWith(CodePages.GB18030);
    assertThat(reader.attributes(0)).containsEntry("摄像机编号", "南门01").containsEntry("方向角", 90L);
  }

  @Test
  void namesAreLowerCased() {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of("CAMERA_ID:C:5"), List.of(List.of("C1")));
    DbfReader reader = new DbfReader("t.dbf", "test", dbf);

    assertThat(reader.decodeWith(StandardCharsets.UTF_8)).map(DbfReader.Field::name).containsExactly("camera_id");
  }

  @Test
  void deletedRecordsAreMarked() {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of("ID:C:5"),
        List.of(List.of("a"), List.of("*", "b"), List.of("c")));
    DbfReader reader = new DbfReader("t.dbf", "test", dbf);

    assertThat(List.of(reader.deleted(0), reader.deleted(1), reader.deleted(2))).containsExactly(false, true, false);
  }

  @Test
  void deletedRecordsDoNotDecideTheEncoding() {
    byte[] dbf = ShapefileBytes.dbf(GBK, 0, List.of("NAME:C:10"), List.of(List.of("ok"), List.of("*", "南门")));

    assertThat(new DbfReader("t.dbf", "test", dbf).isValidUtf8()).isTrue();
  }

  @Test
  void aNameTwiceIsAnError() {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of("ID:C:5", "id:C:5"), List.of(List.of("a", "b")));
    DbfReader reader = new DbfReader("t.dbf", "cameras", dbf);

    assertThatThrownBy(() -> reader.decodeWith(StandardCharsets.UTF_8))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.field()).isEqualTo("id");
          assertThat(e.reason()).contains("names the field twice");
        });
  }

  @Test
  void aTableShortOfRecordsNamesTheFirstMissingRecord() {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of("ID:C:5"),
        List.of(List.of("a"), List.of("b"), List.of("c")));

    assertThatThrownBy(() -> new DbfReader("t.dbf", "cameras", Arrays.copyOf(dbf, dbf.length - 4)))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.record()).isEqualTo("#3");
          assertThat(e.reason()).contains("says 3 records of 6 bytes, the file holds only 2");
        });
  }

  @Test
  void fieldsWiderThanTheRecordAreAnError() {
    byte[] dbf = ShapefileBytes.dbf(StandardCharsets.UTF_8, 0, List.of("ID:C:5"), List.of(List.of("a")));
    dbf[10] = 3;

    assertThatThrownBy(() -> new DbfReader("t.dbf", "cameras", dbf))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.reason()).contains("its fields take 5 bytes"));
  }

  @Test
  void aFileThatIsNoTableIsAnError() {
    assertThatThrownBy(() -> new DbfReader("t.dbf", "cameras", "hello".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(InputException.class);
  }
}
