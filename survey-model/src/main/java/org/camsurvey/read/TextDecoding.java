package org.camsurvey.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file the way docs/SURVEY-FORMAT.md orders it: the user's encoding, else a byte-order
 * mark, else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK, what Excel on
 * a Chinese Windows writes), which is then only a guess.
 */
final class TextDecoding {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * @param text the decoded text, without any byte-order mark
   * @param charset the encoding used
   * @param guessed whether the encoding was a guess the user should confirm
   */
  record Decoded(String text, Charset charset, boolean guessed) {}

  private TextDecoding() {}

  static Decoded decode(byte[] bytes, Charset requested) {
    if (requested != null) {
      String text = new String(bytes, requested);
      return new Decoded(stripBom(text), requested, false);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(text, StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(bytes, GB18030), GB18030, true);
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
