package org.camsurvey.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.ForceOption;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.synth.CityGenerator;
import org.camsurvey.synth.CityProfile;
import org.camsurvey.synth.CitySpec;
import org.camsurvey.synth.CitySummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code camsurvey synth --cameras N -o city.gpkg}: a synthetic city to train on, test with or benchmark. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic city to train on, test with or benchmark, the same for the same seed.",
      "Sites are clustered around Chongqing's district centres (schools, hotels, banks, hospitals, stations,",
      "streets, residential compounds…), each with its cameras, the zones Art. 8 mandates and Art. 9 forbids,",
      "and at some sites walls, in CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545). Most cameras comply;",
      "some are turned towards private rooms, unsigned, not filed and so on, so that every rule finds",
      "something. The same options give the same file, byte for byte."
    })
public final class SynthCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cameras", required = true, paramLabel = "N", description = "How many cameras, exactly.")
  long cameras;

  @Option(names = "--zones-per-camera", paramLabel = "RATIO", defaultValue = "0.4",
      description = "About how many zones per camera, mandated and forbidden together (0–2; default ${DEFAULT-VALUE}).")
  double zonesPerCamera;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "sparse", converter = ProfileConverter.class,
      completionCandidates = ProfileConverter.Profiles.class,
      description = "How sites are laid out (default ${DEFAULT-VALUE}): sparse, sites of some 20 cameras whose views "
          + "meet few zones; or dense, sites of about 10 cameras around a court, each camera's view meeting about 4 "
          + "zones, about one Art. 9 finding per camera, 30 %% of zones forbidden, over a third of mandated zones "
          + "short of cover.")
  CityProfile profile;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "The seed; another seed gives another city (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--districts", paramLabel = "K", defaultValue = "26",
      description = "How many districts the city spreads over, 1–26, the main city's nine first (default ${DEFAULT-VALUE}: all of Chongqing).")
  int districts;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** One GeoPackage, or one per district. */
  static final class Target {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The GeoPackage to write (*.gpkg).")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR",
        description = "Write one GeoPackage per district into DIR (made if missing), named like 500103-yuzhong.gpkg.")
    Path outDir;
  }

  @Mixin ForceOption force;

  @Override
  public Integer call() throws IOException {
    CitySpec city;
    try {
      city = new CitySpec(cameras, zonesPerCamera, seed, districts, profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    CityGenerator generator = new CityGenerator(city);
    CitySummary summary;
    if (target.output != null) {
      String name = target.output.getFileName() == null ? ""
          : target.output.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".gpkg")) {
        throw new ParameterException(spec.commandLine(), target.output + ": a city is written as a GeoPackage; name it *.gpkg");
      }
      Path absolute = OutputFile.requireWritable(target.output, force.force(), List.of());
      summary = generator.write(absolute);
    } else {
      Path folder = target.outDir;
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new CommandFailure(ExitCode.USAGE, folder + ": not a folder");
      }
      if (Files.isDirectory(folder)) {
        for (Path file : generator.districtFiles(folder)) {
          OutputFile.requireWritable(file, force.force(), List.of());
        }
      }
      Files.createDirectories(folder);
      summary = generator.writeDistricts(folder);
    }
    print(summary);
    return ExitCode.OK;
  }

  /** Reads a profile: sparse or dense. */
  static final class ProfileConverter implements ITypeConverter<CityProfile> {
    @Override
    public CityProfile convert(String value) {
      return CityProfile.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not sparse or dense"));
    }

    /** The profiles as users type them, for completion. */
    static final class Profiles implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Arrays.stream(CityProfile.values()).map(CityProfile::code).iterator();
      }
    }
  }

  private void print(CitySummary summary) {
    PrintWriter out = spec.commandLine().getOut();
    String where = summary.files().size() == 1 ? summary.files().get(0).getFileName().toString()
        : summary.files().size() + " GeoPackages in " + target.outDir;
    out.printf(Locale.ROOT, "Wrote %s (EPSG:4545, seed %d%s)%n", where, seed,
        profile == CityProfile.SPARSE ? "" : ", " + profile.code());
    out.printf(Locale.ROOT, "%d districts, %d sites, %d cameras, %d zones (%d mandated, %d forbidden), %d walls and buildings%n",
        summary.districts(), summary.sites(), summary.cameras(), summary.zones(), summary.mandatedZones(),
        summary.forbiddenZones(), summary.obstacles());
    out.flush();
  }
}
