package org.camsurvey.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one kind of container, known by its file name's extension, into raw layers.
 *
 * @param extensions the extensions it reads, lower case with the dot ({@code .geojson})
 * @param holdsOneLayer whether a file holds a single layer named by its file name (CSV,
 *     Shapefile) rather than layers it names itself (GeoPackage, KML, a workbook)
 * @param read how to read a file
 */
public record ContainerReader(List<String> extensions, boolean holdsOneLayer, Read read) {
  /** Largest GeoJSON, CSV or KML file read, in MiB. */
  public static final int MAX_TEXT_MEGABYTES = 128;

  /** Reads one file. */
  @FunctionalInterface
  public interface Read {
    /**
     * @param file the file
     * @param shown the file as the user named it, for messages
     * @param layerFromName the layer the file's name says, or null when it names none
     * @throws InputException when the file cannot be used
     */
    List<RawLayer> read(Path file, String shown, String layerFromName, ImportOptions options);
  }

  public ContainerReader {
    extensions = List.copyOf(extensions);
  }

  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(name::endsWith);
  }
}
