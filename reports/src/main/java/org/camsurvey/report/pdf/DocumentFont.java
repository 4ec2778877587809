package org.camsurvey.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The TrueType font a document's text is set in, embedded as a subset: Noto Sans SC Regular,
 * shipped in the build (from {@code com.helger.font:ph-fonts-noto-sans-sc}, SIL OFL 1.1), or a
 * {@code .ttf}/{@code .otf} file, or one face of a {@code .ttc} collection ({@code file.ttc,1}).
 *
 * <p>OpenPDF drops characters the font lacks without a word, so every text set with this font
 * is checked: {@link #missing()} lists what could not be shown.
 *
 * <p>One instance may serve documents laid out on several threads at once: each document gets a
 * {@link BaseFont} of its own ({@link #newBase}), which OpenPDF fills as text is set; the font
 * that answers which characters exist is made once and only read (its cmaps are plain maps
 * never written after parsing); the missing characters are kept in a concurrent set.
 */
public final class DocumentFont {
  static final String BUNDLED = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static byte[] bundledBytes;

  private final String name;
  private final byte[] bytes;
  private final String fontName;
  private final Set<Integer> missing = new ConcurrentSkipListSet<>();
  /** Used for {@link BaseFont#charExists} only, never for a document. */
  private final BaseFont probe;

  private DocumentFont(String name, String fontName, byte[] bytes) {
    this.name = name;
    this.fontName = fontName;
    this.bytes = bytes;
    this.probe = newBase("probe");
  }

  /** The font shipped with camsurvey. */
  public static DocumentFont bundled() {
    byte[] bytes = bundledBytes();
    return new DocumentFont("Noto Sans SC Regular (bundled)", "NotoSansSC-Regular.ttf", bytes);
  }

  private static synchronized byte[] bundledBytes() {
    if (bundledBytes == null) {
      try (InputStream in = DocumentFont.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new FontException("the bundled CJK font (" + BUNDLED + ") is missing from this build; "
              + "give a TrueType CJK font with --font FILE.ttf (or FILE.ttc,INDEX)");
        }
        bundledBytes = in.readAllBytes();
      } catch (IOException e) {
        throw new FontException("the bundled CJK font cannot be read: " + e.getMessage());
      }
    }
    return bundledBytes;
  }

  /**
   * A font file: {@code FILE.ttf}, {@code FILE.otf}, or {@code FILE.ttc,INDEX} (index 0 when
   * not given).
   *
   * @throws FontException naming the file and why it cannot be used
   */
  public static DocumentFont file(String spec) {
    String path = spec;
    String index = null;
    int comma = spec.lastIndexOf(',');
    if (comma > 0 && spec.substring(comma + 1).matches("\\d+")) {
      path = spec.substring(0, comma);
      index = spec.substring(comma + 1);
    }
    String lower = path.toLowerCase(Locale.ROOT);
    boolean collection = lower.endsWith(".ttc");
    if (!collection && !lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
      throw new FontException(spec + ": not a TrueType font (.ttf, .otf, or .ttc with ,INDEX)");
    }
    if (!collection && index != null) {
      throw new FontException(spec + ": only a .ttc collection takes a face index");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new FontException(path + ": cannot be read (" + e.getMessage() + ")");
    }
    String fileName = Path.of(path).getFileName().toString();
    String fontName = collection ? fileName + "," + (index == null ? "0" : index) : fileName;
    return new DocumentFont(spec, fontName, bytes);
  }

  /** What the user would call the font, for messages. */
  public String name() {
    return name;
  }

  /**
   * A fresh OpenPDF font for one document, its subset tag drawn from a fixed seed so that the
   * same document comes out byte for byte the same.
   */
  BaseFont newBase(String seed) {
    try {
      BaseFont font = BaseFont.createFont(fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
      font.setSecureRandom(random);
      return font;
    } catch (IOException | RuntimeException e) {
      throw new FontException(name + ": cannot be used as a font (" + e.getMessage() + ")");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA1PRNG", e);
    }
  }

  /** Notes the characters of a text the font has no glyph for; returns the text. */
  String check(String text) {
    text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !probe.charExists(cp)).forEach(missing::add);
    return text;
  }

  /** The characters set in this font so far that it cannot show, e.g. "U+20BB7 𠮷". */
  public java.util.List<String> missing() {
    return missing.stream().map(cp -> String.format(Locale.ROOT, "U+%04X %s", cp, Character.toString(cp))).toList();
  }
}
