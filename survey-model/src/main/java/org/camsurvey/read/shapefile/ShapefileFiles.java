package org.camsurvey.read.shapefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camsurvey.read.InputException;

/**
 * The files of one shapefile, found by its base name: the {@code .shp} and whichever of
 * {@code .shx}, {@code .dbf}, {@code .prj} and {@code .cpg} are present, in a folder or a zip.
 * Extensions match whatever their case.
 */
final class ShapefileFiles {
  static final List<String> PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");
  /** Java arrays stop short of 2 GiB. */
  private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16;

  private final Map<String, String> shown = new LinkedHashMap<>();
  private final Map<String, Supplier<byte[]>> contents = new LinkedHashMap<>();

  void add(String extension, String shownName, Supplier<byte[]> content) {
    shown.put(extension, shownName);
    contents.put(extension, content);
  }

  boolean has(String extension) {
    return contents.containsKey(extension);
  }

  String shown(String extension) {
    return shown.get(extension);
  }

  byte[] bytes(String extension) {
    return contents.get(extension).get();
  }

  /**
   * The shapefile whose {@code .shp} is given, with the sidecars beside it. A sidecar whose base
   * name matches exactly is preferred to one that matches only ignoring case.
   *
   * @param shownShp the {@code .shp} as the user named it; sidecars are named alike
   */
  static ShapefileFiles beside(Path shp, String shownShp) {
    Path absolute = shp.toAbsolutePath();
    Path folder = absolute.getParent();
    String base = baseName(absolute.getFileName().toString());
    String shownBase = shownShp.substring(0, shownShp.length() - extensionOf(shownShp).length() - 1);
    ShapefileFiles files = new ShapefileFiles();
    files.add("shp", shownShp, () -> read(shp, shownShp));
    List<Path> siblings;
    try (Stream<Path> listing = Files.list(folder)) {
      siblings = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw InputException.file(folder.toString(), "cannot list the folder: " + e.getMessage());
    }
    for (boolean exact : new boolean[] {true, false}) {
      for (Path sibling : siblings) {
        String name = sibling.getFileName().toString();
        String extension = extensionOf(name).toLowerCase(Locale.ROOT);
        String siblingBase = baseName(name);
        boolean matches = exact ? siblingBase.equals(base) : siblingBase.equalsIgnoreCase(base);
        if (matches && !extension.equals("shp") && PARTS.contains(extension) && !files.has(extension)) {
          String shownName = shownBase + "." + extensionOf(name);
          files.add(extension, shownName, () -> read(sibling, shownName));
        }
      }
    }
    return files;
  }

  private static byte[] read(Path file, String shown) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw InputException.file(shown, "is larger than 2 GiB, which this version does not read");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
  }

  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  static String extensionOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return dot > slash + 1 ? fileName.substring(dot + 1) : "";
  }
}
