package org.camsurvey.read.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.read.InputException;

/**
 * Decides the encoding of a {@code .dbf}'s text in the order of docs/SURVEY-FORMAT.md: the user's
 * {@code --encoding}, else the {@code .cpg} file, else the DBF header's language driver byte,
 * else UTF-8 when the bytes are valid UTF-8, else GB18030, which is then only a guess.
 *
 * <p>GBK (code page 936, and GB2312 within it) is decoded as GB18030, its superset, so that the
 * rare characters GBK lacks and some tools write anyway are kept.
 */
final class CodePages {
  static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * Language driver bytes and their Windows code pages, as ESRI's table gives them (the table
   * ArcPad documents, and PostGIS's shp2pgsql and others carry). 0x57, "ANSI", means the
   * writing machine's own code page and is not trusted: such files fall to the UTF-8 test.
   */
  private static final Map<Integer, Integer> LANGUAGE_DRIVERS = Map.ofEntries(
      Map.entry(0x01, 437), Map.entry(0x02, 850), Map.entry(0x03, 1252),
      Map.entry(0x13, 932), Map.entry(0x26, 866),
      Map.entry(0x4D, 936), Map.entry(0x4E, 949), Map.entry(0x4F, 950), Map.entry(0x50, 874),
      Map.entry(0x58, 1252), Map.entry(0x59, 1252),
      Map.entry(0x64, 852), Map.entry(0x65, 866),
      Map.entry(0x78, 950), Map.entry(0x79, 949), Map.entry(0x7A, 936), Map.entry(0x7B, 932), Map.entry(0x7C, 874),
      Map.entry(0xC8, 1250), Map.entry(0xC9, 1251), Map.entry(0xCA, 1254), Map.entry(0xCB, 1253), Map.entry(0xCC, 1257));

  private static final Pattern CODE_PAGE = Pattern.compile("(?:ANSI|OEM|CP|WINDOWS|IBM)?[ _-]?(\\d{3,5})");
  private static final Pattern ISO_8859 = Pattern.compile("(?:ISO)?[ _-]?8859[ _-]?(\\d{1,2})");

  /**
   * @param charset the encoding
   * @param guessed whether it was a guess the user should confirm
   */
  record Choice(Charset charset, boolean guessed) {}

  private CodePages() {}

  /**
   * @param requested the user's {@code --encoding}, or null
   * @param cpg the {@code .cpg} file's text, or null when there is none
   * @param cpgFile the {@code .cpg} as the user named it, for messages
   * @param languageDriver the DBF header's language driver byte (0 when it says nothing)
   * @param validUtf8 whether the text bytes are valid UTF-8, asked only when it decides
   */
  static Choice choose(Charset requested, String cpg, String cpgFile, String layer, int languageDriver,
      BooleanSupplier validUtf8) {
    if (requested != null) {
      return new Choice(requested, false);
    }
    String name = cpg == null ? "" : cpg.strip().lines().findFirst().orElse("").strip();
    // "OEM" and "ANSI" name the writing machine's own code page, which the file does not say.
    if (!name.isEmpty() && !name.equalsIgnoreCase("OEM") && !name.equalsIgnoreCase("ANSI")) {
      Charset named = ofName(name);
      if (named == null) {
        throw new InputException(cpgFile, layer, null, null,
            "names the code page '" + name + "', which this version does not know; give the encoding with --encoding");
      }
      return new Choice(named, false);
    }
    Integer codePage = LANGUAGE_DRIVERS.get(languageDriver & 0xFF);
    Charset fromDriver = codePage == null ? null : ofCodePage(codePage);
    if (fromDriver != null) {
      return new Choice(fromDriver, false);
    }
    if (validUtf8.getAsBoolean()) {
      return new Choice(StandardCharsets.UTF_8, false);
    }
    return new Choice(GB18030, true);
  }

  /** An encoding as {@code .cpg} files name it ({@code UTF-8}, {@code 936}, {@code GBK}, {@code ANSI 1252}, {@code 88591}), or null. */
  static Charset ofName(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    if (upper.equals("UTF-8") || upper.equals("UTF8") || upper.equals("65001") || upper.equals("CP65001")) {
      return StandardCharsets.UTF_8;
    }
    if (upper.equals("GBK") || upper.equals("GB2312") || upper.equals("GB18030") || upper.equals("CP936")
        || upper.equals("EUC-CN")) {
      return GB18030;
    }
    Matcher iso = ISO_8859.matcher(upper);
    if (iso.matches()) {
      return supported("ISO-8859-" + Integer.parseInt(iso.group(1)));
    }
    Matcher page = CODE_PAGE.matcher(upper);
    if (page.matches()) {
      return ofCodePage(Integer.parseInt(page.group(1)));
    }
    return supported(name.strip());
  }

  /** A Windows code page by number, or null when Java has no such charset. */
  static Charset ofCodePage(int codePage) {
    return switch (codePage) {
      case 936, 20936, 54936 -> GB18030;
      case 65001 -> StandardCharsets.UTF_8;
      case 932 -> supported("windows-31j");
      case 949 -> supported("x-windows-949");
      case 950 -> supported("x-windows-950");
      case 874 -> supported("x-windows-874");
      case 437, 737, 775, 850, 852, 855, 857, 858, 860, 861, 862, 863, 864, 865, 866, 869 -> supported("IBM" + codePage);
      default -> {
        if (codePage >= 1250 && codePage <= 1258) {
          yield supported("windows-" + codePage);
        }
        if (codePage >= 28591 && codePage <= 28599) {
          yield supported("ISO-8859-" + (codePage - 28590));
        }
        yield null;
      }
    };
  }

  private static Charset supported(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
