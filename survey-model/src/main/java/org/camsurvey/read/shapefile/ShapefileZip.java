package org.camsurvey.read.shapefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.camsurvey.read.ContainerReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.RawLayer;

/**
 * A shapefile set in a zip: {@code cameras.shp}, {@code zones.shp}, … with their sidecars, at the
 * top of the zip or in one folder inside it (as zipping a folder makes it), and beside them layers
 * in GeoJSON or CSV ({@code cameras.geojson}, {@code zones.csv}), as GDAL reads a zip through
 * {@code /vsizip/}. Other files ({@code .sbn}, {@code .sbx}, {@code .xml}, …) and deeper folders
 * are ignored.
 *
 * <p>The zip is checked before anything is inflated: an entry with an absolute path or {@code ..}
 * is refused, and so is a zip of more than {@link #MAX_ENTRIES} entries or whose entries say they
 * hold more than {@link #MAX_BYTES} bytes in all; an entry that inflates past the size it states is
 * refused as it is read. Entry names that are not UTF-8 are read as GB18030, as zips made on a
 * Chinese Windows name them.
 */
public final class ShapefileZip {
  /** The most the entries of a zip may hold, inflated: 1 GiB. */
  public static final long MAX_BYTES = 1L << 30;
  /** The most entries a zip may have. */
  public static final int MAX_ENTRIES = 10_000;

  /** Extensions of the layers in text a zip may hold beside its shapefiles. */
  private static final List<String> TEXT_LAYERS = List.of("geojson", "json", "csv");

  private final String shown;
  private final Map<String, ShapefileFiles> shapefiles;
  private final Map<String, TextEntry> texts;

  /** A layer file in text: its name as shown, its extension (lower case) and its bytes. */
  private record TextEntry(String shown, String extension, byte[] bytes) {}

  /** Reads a layer in text (GeoJSON, CSV) found in a zip. */
  @FunctionalInterface
  public interface TextLayerReader {
    /**
     * @param shown the entry as messages name it ({@code survey.zip/cameras.geojson})
     * @param extension its extension, lower case, without the dot
     * @param layer the layer its name says
     */
    List<RawLayer> read(String shown, String extension, byte[] bytes, String layer);
  }

  private ShapefileZip(String shown, Map<String, ShapefileFiles> shapefiles, Map<String, TextEntry> texts) {
    this.shown = shown;
    this.shapefiles = shapefiles;
    this.texts = texts;
  }

  /**
   * Opens a zip and reads the files of the shapefiles in it into memory.
   *
   * @param zip the zip
   * @param shown the zip as the user named it, for messages
   * @throws InputException when the zip cannot be read, is refused, or holds no shapefile
   */
  public static ShapefileZip open(Path zip, String shown) {
    return open(zip, shown, MAX_BYTES, MAX_ENTRIES);
  }

  static ShapefileZip open(Path zip, String shown, long maxBytes, int maxEntries) {
    try {
      try {
        return read(zip, shown, StandardCharsets.UTF_8, maxBytes, maxEntries);
      } catch (ZipException | IllegalArgumentException notUtf8) {
        // A name that is not UTF-8 ("invalid CEN header (bad entry name)"): try GB18030.
        try {
          return read(zip, shown, CodePages.GB18030, maxBytes, maxEntries);
        } catch (ZipException | IllegalArgumentException notGb18030) {
          throw InputException.file(shown, "is not a readable zip: " + notUtf8.getMessage());
        }
      }
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
  }

  private static ShapefileZip read(Path zip, String shown, Charset names, long maxBytes, int maxEntries)
      throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile(), names)) {
      if (file.size() > maxEntries) {
        throw InputException.file(shown, "is refused: it has " + file.size() + " entries, more than the " + maxEntries
            + " a shapefile zip may have");
      }
      List<? extends ZipEntry> entries = Collections.list((Enumeration<? extends ZipEntry>) file.entries());
      long declared = 0;
      for (ZipEntry entry : entries) {
        String name = entry.getName();
        if (isUnsafe(name)) {
          throw InputException.file(shown, "is refused: its entry '" + name + "' points outside the zip (an absolute path or ..)");
        }
        declared += Math.max(0, entry.getSize());
        if (declared > maxBytes) {
          throw InputException.file(shown, "is refused: its entries hold more than " + maxBytes
              + " bytes when inflated (a zip bomb, or more than a survey); unzip it and read the folder");
        }
      }
      String folder = folderOfShapefiles(shown, entries);
      Map<String, Map<String, ZipEntry>> parts = new TreeMap<>();
      for (ZipEntry entry : entries) {
        String name = entry.getName().replace('\\', '/');
        if (entry.isDirectory() || !parentOf(name).equals(folder)) {
          continue;
        }
        String fileName = name.substring(folder.length());
        String extension = ShapefileFiles.extensionOf(fileName).toLowerCase(Locale.ROOT);
        if (fileName.startsWith("._") || !(ShapefileFiles.PARTS.contains(extension) || TEXT_LAYERS.contains(extension))) {
          continue;
        }
        parts.computeIfAbsent(ShapefileFiles.baseName(fileName), k -> new LinkedHashMap<>()).putIfAbsent(extension, entry);
      }
      Map<String, ShapefileFiles> shapefiles = new LinkedHashMap<>();
      Map<String, TextEntry> texts = new LinkedHashMap<>();
      long[] budget = {maxBytes};
      for (Map.Entry<String, Map<String, ZipEntry>> set : parts.entrySet()) {
        for (String extension : TEXT_LAYERS) {
          ZipEntry entry = set.getValue().get(extension);
          if (entry != null && !texts.containsKey(set.getKey())) {
            String entryShown = shown + "/" + entry.getName().replace('\\', '/');
            if (entry.getSize() > (long) ContainerReader.MAX_TEXT_MEGABYTES << 20) {
              throw InputException.file(entryShown, "is " + (entry.getSize() >> 20) + " MiB; a layer file in text of more than "
                  + ContainerReader.MAX_TEXT_MEGABYTES + " MiB is refused as too large to read (split it, or use a GeoPackage)");
            }
            texts.put(set.getKey(), new TextEntry(entryShown, extension, inflate(file, entry, entryShown, shown, budget)));
          }
        }
        if (!set.getValue().containsKey("shp")) {
          continue;
        }
        ShapefileFiles files = new ShapefileFiles();
        for (String extension : ShapefileFiles.PARTS) {
          ZipEntry entry = set.getValue().get(extension);
          if (entry != null) {
            String entryShown = shown + "/" + entry.getName().replace('\\', '/');
            byte[] content = inflate(file, entry, entryShown, shown, budget);
            files.add(extension, entryShown, () -> content);
          }
        }
        shapefiles.put(set.getKey(), files);
      }
      if (shapefiles.isEmpty() && texts.isEmpty()) {
        throw InputException.file(shown, "holds no shapefile (.shp with its .shx and .dbf) and no GeoJSON or CSV layer,"
            + " at its top or in one folder inside it");
      }
      return new ShapefileZip(shown, shapefiles, texts);
    }
  }

  /** The folder holding the shapefiles: the zip's top if it holds any, else the one folder that does. */
  private static String folderOfShapefiles(String shown, List<? extends ZipEntry> entries) {
    TreeSet<String> folders = new TreeSet<>();
    for (ZipEntry entry : entries) {
      String name = entry.getName().replace('\\', '/');
      String parent = parentOf(name);
      boolean shallow = parent.isEmpty() || parent.indexOf('/') == parent.length() - 1;
      String fileName = name.substring(parent.length());
      if (!entry.isDirectory() && shallow && !fileName.startsWith("._") && !parent.startsWith("__MACOSX/")
          && (ShapefileFiles.extensionOf(fileName).equalsIgnoreCase("shp")
              || TEXT_LAYERS.contains(ShapefileFiles.extensionOf(fileName).toLowerCase(Locale.ROOT)))) {
        folders.add(parent);
      }
    }
    if (folders.contains("")) {
      return "";
    }
    if (folders.size() > 1) {
      throw InputException.file(shown, "holds layer files in several folders (" + String.join(", ", folders)
          + "); zip one survey's folder");
    }
    return folders.isEmpty() ? "" : folders.first();
  }

  private static String parentOf(String name) {
    int slash = name.lastIndexOf('/', name.endsWith("/") ? name.length() - 2 : name.length() - 1);
    return slash < 0 ? "" : name.substring(0, slash + 1);
  }

  private static boolean isUnsafe(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
      return true;
    }
    for (String segment : n.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] inflate(ZipFile file, ZipEntry entry, String entryShown, String zipShown, long[] budget)
      throws IOException {
    long stated = entry.getSize();
    long limit = Math.min(budget[0], stated >= 0 ? stated : budget[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(stated, 0), 1 << 20));
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = file.getInputStream(entry)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limit) {
          throw InputException.file(zipShown, "is refused: " + entryShown + " inflates past "
              + (total > budget[0] ? "the " + MAX_BYTES + " bytes a zip may hold" : "the " + stated + " bytes it states"));
        }
        out.write(buffer, 0, n);
      }
    }
    budget[0] -= total;
    return out.toByteArray();
  }

  /** The base names of the shapefiles in the zip ({@code cameras}, …), in name order. */
  public List<String> names() {
    return new ArrayList<>(shapefiles.keySet());
  }

  /**
   * Reads one shapefile of the zip.
   *
   * @param name its base name, as {@link #names()} gives it
   * @param layer the layer to call it
   */
  public RawLayer read(String name, String layer, ImportOptions options) {
    ShapefileFiles files = shapefiles.get(name);
    if (files == null) {
      throw InputException.file(shown, "holds no shapefile named " + name);
    }
    return ShapefileReader.read(files, layer, options);
  }

  /**
   * Reads the shapefiles and text layers named after survey layers ({@code cameras.shp}, {@code
   * zones.geojson}, …), or named one by the mapping ({@code @layer.摄像机=cameras}); others are
   * ignored.
   *
   * @throws InputException when none is named after a layer, or two files after the same one
   */
  public List<RawLayer> readSurvey(ImportOptions options, TextLayerReader textReader) {
    List<RawLayer> layers = new ArrayList<>();
    Map<String, String> fileOfLayer = new TreeMap<>();
    for (String name : shapefiles.keySet()) {
      options.mapping().layer(name).filter(l -> LayerName.parse(l).isPresent()).ifPresent(layer -> {
        once(fileOfLayer, layer, shapefiles.get(name).shown("shp"));
        layers.add(read(name, layer, options));
      });
    }
    for (Map.Entry<String, TextEntry> text : texts.entrySet()) {
      TextEntry entry = text.getValue();
      options.mapping().layer(text.getKey()).filter(l -> LayerName.parse(l).isPresent()).ifPresent(layer -> {
        once(fileOfLayer, layer, entry.shown());
        layers.addAll(textReader.read(entry.shown(), entry.extension(), entry.bytes(), layer));
      });
    }
    if (layers.isEmpty()) {
      List<String> held = new ArrayList<>(names());
      texts.values().forEach(t -> held.add(t.shown().substring(t.shown().lastIndexOf('/') + 1)));
      throw InputException.file(shown, "holds no survey layers (expected cameras.shp, zones.geojson, cameras.csv, … at"
          + " its top or in one folder inside it, or a mapping file's @layer.NAME=LAYER; it holds "
          + String.join(", ", held) + ")");
    }
    return layers;
  }

  private void once(Map<String, String> fileOfLayer, String layer, String file) {
    String previous = fileOfLayer.putIfAbsent(layer, file);
    if (previous != null) {
      throw InputException.file(shown, "holds layer '" + layer + "' twice, in " + previous + " and " + file + ": keep one");
    }
  }
}
