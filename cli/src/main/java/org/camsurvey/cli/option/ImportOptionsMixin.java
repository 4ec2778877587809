package org.camsurvey.cli.option;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.cli.run.SurveySession.OpenSurvey;
import org.camsurvey.geo.ChineseWebDatum;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Survey;
import org.camsurvey.read.FieldMapping;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The import options every command that reads a survey takes (docs/CLI.md), and the one place those
 * commands read their surveys through: in the shell, a survey held open is read once and reused.
 */
public final class ImportOptionsMixin {
  /** Camera fields a default may fill: the numbers of docs/SURVEY-FORMAT.md's cameras layer. */
  static final List<String> DEFAULTABLE =
      List.of("heading", "hfov", "range_m", "res_h", "height_m", "tilt", "vfov", "retention");

  @Option(
      names = "--crs",
      paramLabel = "CRS",
      converter = CrsConverter.class,
      description = {
        "CRS of coordinates whose file names none: CSV x/y, GeoJSON without a crs member",
        "(EPSG:4545, urn:ogc:def:crs:EPSG::4545 or a PROJ string)."
      })
  Crs crs;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Text encoding of attribute data (UTF-8, GBK, GB18030); detected when not given.")
  Charset encoding;

  @Option(
      names = "--map",
      paramLabel = "FILE|PRESET",
      description = {
        "Rename source fields and values: a mapping file (方向角=heading, cam_type.球机=ptz)",
        "or a preset: osm (OpenStreetMap surveillance nodes)."
      })
  String map;

  @Option(
      names = "--datum",
      paramLabel = "DATUM",
      converter = DatumConverter.class,
      description = "Coordinates come from a Chinese web map: gcj02 (Amap, Tencent) or bd09 (Baidu); converted to WGS 84.")
  ChineseWebDatum datum;

  @Option(
      names = "--towgs84",
      paramLabel = "DX,DY,DZ[,RX,RY,RZ,DS]",
      description = {
        "Shift to WGS 84 for coordinates on another datum (Xi'an 1980, a local one), as PROJ's +towgs84:",
        "metres, then arc-seconds and ppm (position vector); replaces the shift the data gives."
      })
  String towgs84;

  @Option(
      names = "--accept-datum",
      description = "Read coordinates on a datum no shift to WGS 84 is known for as they stand, with a"
          + " DATA_DATUM_UNSHIFTED warning (positions tens to hundreds of metres off), rather than refuse them.")
  boolean acceptDatum;

  @Option(names = "--default-hfov", paramLabel = "DEGREES", description = "Angle of view for cameras that give none.")
  Double defaultHfov;

  @Option(names = "--default-range", paramLabel = "METRES", description = "Range for cameras that give none.")
  Double defaultRange;

  @Option(
      names = "--default",
      paramLabel = "FIELD=VALUE",
      description = "A value for any other camera number a record leaves empty (tilt=30, res_h=1920, …).")
  Map<String, Double> otherDefaults = new LinkedHashMap<>();

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /**
   * The survey the command names, else the one the shell holds open.
   *
   * @param named the command's SURVEY argument, or null when it was left out
   * @param label the argument's name in the usage message
   * @throws ParameterException when it was left out and no survey is open
   */
  public Path surveyOrOpen(Path named, String label) {
    if (named != null) {
      return named;
    }
    return SurveySession.of(spec).current().map(OpenSurvey::path).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "Missing required parameter: '" + label + "' (name the survey, or in the shell open it first)"));
  }

  /**
   * Reads a survey: the one the shell holds open when the path names it and this command gives no
   * import option of its own, else the files afresh with this command's options.
   */
  public Survey read(Path path) {
    return reused(path).map(OpenSurvey::survey).orElseGet(() -> SurveyReader.read(path, toImportOptions()));
  }

  /** The options the survey at the path is read with: the open survey's own when it is reused. */
  public ImportOptions optionsFor(Path path) {
    return reused(path).map(OpenSurvey::options).orElseGet(this::toImportOptions);
  }

  private Optional<OpenSurvey> reused(Path path) {
    if (givesAny()) {
      return Optional.empty();
    }
    return SurveySession.of(spec).current().filter(open -> open.isAt(path));
  }

  private boolean givesAny() {
    return crs != null || encoding != null || map != null || datum != null || defaultHfov != null
        || defaultRange != null || !otherDefaults.isEmpty() || towgs84 != null || acceptDatum;
  }

  /**
   * The options as the importer takes them.
   *
   * @throws CommandFailure (a usage error) for a default of a field that takes none
   */
  public ImportOptions toImportOptions() {
    Map<String, Double> defaults = new LinkedHashMap<>();
    otherDefaults.forEach((field, value) -> {
      if (!DEFAULTABLE.contains(field)) {
        throw new CommandFailure(ExitCode.USAGE,
            "--default " + field + ": only camera numbers take defaults (" + String.join(", ", DEFAULTABLE) + ")");
      }
      defaults.put(field, value);
    });
    if (defaultHfov != null) {
      defaults.put("hfov", defaultHfov);
    }
    if (defaultRange != null) {
      defaults.put("range_m", defaultRange);
    }
    FieldMapping mapping = map == null ? FieldMapping.none() : FieldMapping.load(map);
    return new ImportOptions(crs, encoding, mapping, datum, defaults, datumShift(), acceptDatum);
  }

  /** {@code --towgs84}'s parameters: 3 or 7 finite numbers, comma-separated. */
  private List<Double> datumShift() {
    if (towgs84 == null) {
      return List.of();
    }
    List<Double> parameters = new ArrayList<>();
    for (String p : towgs84.split(",", -1)) {
      try {
        parameters.add(Double.valueOf(p.strip()));
      } catch (NumberFormatException e) {
        parameters.add(Double.NaN);
      }
    }
    if ((parameters.size() != 3 && parameters.size() != 7) || !parameters.stream().allMatch(Double::isFinite)) {
      throw new CommandFailure(ExitCode.USAGE, "--towgs84 '" + towgs84
          + "': give 3 numbers (dx,dy,dz, metres) or 7 (and rx,ry,rz in arc-seconds, ds in ppm), as PROJ's +towgs84");
    }
    return parameters;
  }

  /**
   * The files a command reads: those it names, and the mapping file where {@code --map} names one,
   * which no output may overwrite either.
   *
   * @param read the inputs the command names (null where an optional one is not given)
   */
  public List<Path> inputs(Path... read) {
    List<Path> inputs = new ArrayList<>();
    for (Path path : read) {
      if (path != null) {
        inputs.add(path);
      }
    }
    if (map != null) {
      try {
        Path file = Path.of(map);
        if (Files.isRegularFile(file)) {
          inputs.add(file);
        }
      } catch (InvalidPathException notAFile) {
        // a preset's name, or nothing FieldMapping will read
      }
    }
    return inputs;
  }

  /** Reads a CRS as users write it, or says why it cannot. */
  public static final class CrsConverter implements ITypeConverter<Crs> {
    @Override
    public Crs convert(String value) {
      try {
        return Crs.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads gcj02 or bd09. */
  public static final class DatumConverter implements ITypeConverter<ChineseWebDatum> {
    @Override
    public ChineseWebDatum convert(String value) {
      return ChineseWebDatum.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not gcj02 or bd09"));
    }
  }
}
