package org.camsurvey.read;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A KMZ: the zip of a KML document and the files it refers to, opened within limits that stop a
 * zip bomb before it is inflated — at most {@value #MAX_ENTRIES} entries, {@value
 * #MAX_INFLATED_MEGABYTES} MiB of KML inflated over all entries read, and no entry inflating more
 * than {@value #MAX_RATIO} times its compressed size once past its first MiB.
 */
final class KmzArchive implements Closeable {
  static final int MAX_ENTRIES = 10_000;
  static final int MAX_INFLATED_MEGABYTES = 1024;
  static final int MAX_RATIO = 100;
  private static final long MAX_INFLATED_BYTES = (long) MAX_INFLATED_MEGABYTES << 20;
  private static final long RATIO_GRACE_BYTES = 1L << 20;

  private final ZipFile zip;
  private final String shown;
  private long inflated;

  private KmzArchive(ZipFile zip, String shown) {
    this.zip = zip;
    this.shown = shown;
  }

  /**
   * @param shown the file as the user named it, for messages
   * @throws InputException when the file is not a zip, or holds too many entries
   */
  static KmzArchive open(Path file, String shown) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw InputException.file(shown, "is not a readable KMZ (zip) archive: " + e.getMessage());
    }
    int entries = zip.size();
    if (entries > MAX_ENTRIES) {
      zip.close();
      throw InputException.file(shown, "holds " + entries + " entries, more than the " + MAX_ENTRIES
          + " a KMZ may; refused as a possible zip bomb");
    }
    return new KmzArchive(zip, shown);
  }

  /** The main document: {@code doc.kml}, else the first {@code .kml} entry. */
  ZipEntry mainKml() {
    ZipEntry first = null;
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      String name = entry.getName().toLowerCase(Locale.ROOT);
      if (entry.isDirectory() || !name.endsWith(".kml")) {
        continue;
      }
      if (name.equals("doc.kml")) {
        return entry;
      }
      if (first == null) {
        first = entry;
      }
    }
    if (first == null) {
      throw InputException.file(shown, "is a zip archive holding no .kml file (a KMZ holds doc.kml)");
    }
    return first;
  }

  /**
   * The {@code .kml} entry a link in {@code from} points to, where it is one inside this archive:
   * a relative path that does not climb out of it, with no scheme.
   */
  Optional<ZipEntry> linkedKml(ZipEntry from, String href) {
    String h = href.strip().replace('\\', '/');
    if (h.isEmpty() || h.startsWith("/") || h.contains(":") || h.contains("?") || h.contains("#")) {
      return Optional.empty();
    }
    String base = from.getName().contains("/") ? from.getName().substring(0, from.getName().lastIndexOf('/') + 1) : "";
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (base + h).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    ZipEntry entry = parts.isEmpty() ? null : zip.getEntry(String.join("/", parts));
    return entry != null && !entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".kml")
        ? Optional.of(entry) : Optional.empty();
  }

  /** An entry's content, which stops with an {@link InputException} at the limits. */
  InputStream inflate(ZipEntry entry) throws IOException {
    if (entry.getSize() > MAX_INFLATED_BYTES - inflated) {
      throw tooLarge();
    }
    return new Limited(zip.getInputStream(entry), entry.getCompressedSize());
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private InputException tooLarge() {
    return InputException.file(shown, "inflates to more than " + MAX_INFLATED_MEGABYTES
        + " MiB of KML; refused as a possible zip bomb");
  }

  /** Counts inflated bytes against the limits. */
  private final class Limited extends FilterInputStream {
    private final long compressed;
    private long count;

    Limited(InputStream in, long compressed) {
      super(in);
      // The inflater reads no more than the central directory's compressed size, so the ratio holds.
      this.compressed = Math.max(compressed, 1);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      inflated += n;
      if (inflated > MAX_INFLATED_BYTES) {
        throw tooLarge();
      }
      if (count > RATIO_GRACE_BYTES && count > compressed * MAX_RATIO) {
        throw InputException.file(shown, "a KML entry inflates more than " + MAX_RATIO
            + " times its compressed size; refused as a possible zip bomb");
      }
    }
  }
}
