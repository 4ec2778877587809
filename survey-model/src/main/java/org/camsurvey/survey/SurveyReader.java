package org.camsurvey.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ContainerReader;
import org.camsurvey.read.CsvReader;
import org.camsurvey.read.GeoJsonReader;
import org.camsurvey.read.GeoPackageReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.KmlReader;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.read.RawLayer;
import org.camsurvey.read.XlsxReader;
import org.camsurvey.read.shapefile.ShapefileReader;
import org.camsurvey.read.shapefile.ShapefileZip;

/**
 * Opens a survey in whatever container it comes: a folder of per-layer files, one GeoJSON
 * FeatureCollection, or one per-layer file. Files in a folder that are not survey layers are
 * ignored, and so are its subfolders.
 */
public final class SurveyReader {

  private static final List<String> GEOJSON = List.of(".geojson", ".json");
  private static final String CSV = ".csv";

  private SurveyReader() {}

  /**
   * Reads and validates a survey.
   *
   * @param input the path as the user gave it
   * @throws InputException when the input cannot be used
   */
  public static Survey read(Path input, ImportOptions options) {
    return assemble(surveyName(input), readLayers(input, options), options);
  }

  /**
   * Validates raw layers, read from one input or several, into one survey, renaming fields as the
   * options' mapping says. Layers of the same name from several inputs are merged: their records
   * are concatenated, each keeping its own file and CRS, and ids must still be unique across them.
   *
   * @param name the survey's name: the site id for records of layers that have no site_id
   * @throws InputException when the layers do not make a valid survey
   */
  public static Survey assemble(String name, List<RawLayer> layers, ImportOptions options) {
    return SurveyAssembler.assemble(name, options.mapping().apply(LayerSchema.restoreCutNames(layers)),
        Statute.of(Language.ZH), options);
  }

  /**
   * The containers this version reads. A reader for a new container is one entry here; a
   * file it takes is read whether given alone or found in a folder.
   */
  private static final List<ContainerReader> READERS = List.of(
      new ContainerReader(GEOJSON, false,
          (file, shown, layer, options) -> new GeoJsonReader().read(shown, bytes(file, shown), layer, options)),
      new ContainerReader(List.of(CSV), true,
          (file, shown, layer, options) -> List.of(new CsvReader().read(shown, bytes(file, shown), layer, options))),
      new ContainerReader(List.of(".kml", ".kmz"), false,
          (file, shown, layer, options) -> new KmlReader(options.mapping()).read(withinTextLimit(file, shown), shown, layer)),
      new ContainerReader(List.of(".xlsx"), false,
          (file, shown, layer, options) -> new XlsxReader().read(file, shown, layer, options)),
      new ContainerReader(List.of(".gpkg"), false,
          (file, shown, layer, options) -> new GeoPackageReader().read(file, shown, layer, options)),
      new ContainerReader(List.of(".shp"), true,
          (file, shown, layer, options) -> List.of(ShapefileReader.read(file, shown, layer, options))),
      new ContainerReader(List.of(".zip"), false,
          (file, shown, layer, options) -> ShapefileZip.open(file, shown).readSurvey(options,
              (entry, extension, content, entryLayer) -> extension.equals("csv")
                  ? List.of(new CsvReader().read(entry, content, entryLayer, options))
                  : new GeoJsonReader().read(entry, content, entryLayer, options))));

  /** Reads the raw layers of a survey without validating them. */
  public static List<RawLayer> readLayers(Path input, ImportOptions options) {
    String shown = input.toString();
    if (!Files.exists(input)) {
      throw InputException.file(shown, "no such file or folder; check the path (a survey is a folder of layer files, or one "
          + "file: " + String.join(", ", extensions()) + ")");
    }
    if (Files.isDirectory(input)) {
      return readFolder(input, options);
    }
    String fileName = input.getFileName().toString();
    Optional<String> named = options.mapping().layer(baseName(fileName)).or(() -> options.mapping().defaultLayer());
    ContainerReader reader = READERS.stream().filter(r -> r.accepts(input)).findFirst()
        .orElseThrow(() -> InputException.file(shown, "is not a survey container this version reads ("
            + "a folder of layer files, or a file ending " + String.join(", ", extensions()) + ")"));
    if (reader.holdsOneLayer() && named.isEmpty()) {
      throw InputException.file(shown, "holds one layer and must be named after it (cameras"
          + reader.extensions().get(0) + ", zones" + reader.extensions().get(0) + ", …)");
    }
    return reader.read().read(input, shown, named.orElse(null), options);
  }

  /** Whether a file is a container that holds a whole survey (not one layer named by its file name). */
  public static boolean readsAlone(Path file) {
    return Files.isRegularFile(file) && READERS.stream().anyMatch(r -> r.accepts(file) && !r.holdsOneLayer());
  }

  private static List<String> extensions() {
    return READERS.stream().flatMap(r -> r.extensions().stream()).toList();
  }

  /**
   * The files a survey is read from, in the order they are read: the input itself, or the
   * folder's layer files (by name) that a reader takes. Documents hash these to name their source.
   */
  public static List<Path> inputFiles(Path input, ImportOptions options) {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(input)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw InputException.file(input.toString(), "cannot list the folder: " + e.getMessage());
    }
    return files.stream()
        .filter(file -> options.mapping().layer(baseName(file.getFileName().toString())).isPresent()
            && READERS.stream().anyMatch(r -> r.accepts(file)))
        .toList();
  }

  private static List<RawLayer> readFolder(Path folder, ImportOptions options) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw InputException.file(folder.toString(), "cannot list the folder: " + e.getMessage());
    }
    List<RawLayer> layers = new ArrayList<>();
    for (Path file : files) {
      Optional<String> layer = options.mapping().layer(baseName(file.getFileName().toString()));
      Optional<ContainerReader> reader = READERS.stream().filter(r -> r.accepts(file)).findFirst();
      if (layer.isPresent() && reader.isPresent()) {
        for (RawLayer read : reader.get().read().read(file, file.toString(), layer.get(), options)) {
          for (RawLayer previous : layers) {
            if (previous.name().equals(read.name())) {
              throw InputException.file(read.file(),
                  "holds layer '" + read.name() + "', which " + previous.file() + " holds too: keep one");
            }
          }
          layers.add(read);
        }
      }
    }
    if (layers.isEmpty()) {
      throw InputException.file(folder.toString(),
          "holds no survey layers (expected files such as cameras.geojson, zones.geojson or cameras.csv)");
    }
    return layers;
  }

  private static byte[] bytes(Path file, String shown) {
    try {
      return Files.readAllBytes(withinTextLimit(file, shown));
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * The file, if it is a size a text layer can be (a KMZ has the limits of its archive): larger,
   * it is refused before it is read, since its text and what is parsed from it would take several
   * times its size in memory.
   */
  private static Path withinTextLimit(Path file, String shown) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz")) {
      return file;
    }
    try {
      long size = Files.size(file);
      if (size > (long) ContainerReader.MAX_TEXT_MEGABYTES << 20) {
        throw InputException.file(shown, "is " + (size >> 20) + " MiB; a layer file in text of more than "
            + ContainerReader.MAX_TEXT_MEGABYTES + " MiB is refused as too large to read (split it, or use a GeoPackage)");
      }
      return file;
    } catch (IOException e) {
      throw InputException.file(shown, "cannot be read: " + e.getMessage());
    }
  }

  /** The site id for layers that name none: the folder's or file's name. */
  public static String surveyName(Path input) {
    Path name = input.toAbsolutePath().normalize().getFileName();
    if (name == null) {
      return "survey";
    }
    String base = baseName(name.toString());
    if (LayerName.parse(base).isPresent() && input.toAbsolutePath().normalize().getParent() != null
        && input.toAbsolutePath().normalize().getParent().getFileName() != null) {
      return input.toAbsolutePath().normalize().getParent().getFileName().toString();
    }
    return base;
  }

  private static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : "";
  }
}
