package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String TEXT = "camera_id,operator\nC1,重庆市渝中区碑西实验小学\n";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsValidUtf8AsUtf8WithoutGuessing() {
    TextDecoding.Decoded decoded = TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), null);

    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.guessed()).isFalse();
  }

  @Test
  void readsBytesThatAreNotUtf8AsGb18030AndSaysItGuessed() {
    TextDecoding.Decoded decoded = TextDecoding.decode(TEXT.getBytes(GBK), null);

    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(decoded.charset().name()).isEqualTo("GB18030");
    assertThat(decoded.guessed()).isTrue();
  }

  @Test
  void followsAUtf8ByteOrderMarkAndDropsIt() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));

    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, null);

    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(decoded.guessed()).isFalse();
  }

  @Test
  void followsUtf16ByteOrderMarksAndDropsThem() {
    byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));

    assertThat(TextDecoding.decode(little, null).text()).isEqualTo(TEXT);
    assertThat(TextDecoding.decode(little, null).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextDecoding.decode(big, null).text()).isEqualTo(TEXT);
    assertThat(TextDecoding.decode(big, null).charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void usesTheEncodingTheUserGivesOverEverythingElse() {
    TextDecoding.Decoded decoded = TextDecoding.decode(TEXT.getBytes(GBK), GBK);

    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(decoded.charset()).isEqualTo(GBK);
    assertThat(decoded.guessed()).isFalse();
  }

  @Test
  void dropsAByteOrderMarkInTheEncodingTheUserGives() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));

    assertThat(TextDecoding.decode(bytes, StandardCharsets.UTF_8).text()).isEqualTo(TEXT);
  }
}
