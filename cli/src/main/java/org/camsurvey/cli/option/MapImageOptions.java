package org.camsurvey.cli.option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camsurvey.batch.SiteReports;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.model.Site;
import org.camsurvey.report.map.SiteMapImages;
import picocli.CommandLine.Option;

/**
 * {@code --map-png DIR} and {@code --map-svg DIR}: a map of each site to paste into an office's own
 * documents, one file a site named by its id ({@code JFB-WC.png}), all written or none.
 */
public final class MapImageOptions {
  @Option(names = "--map-png", paramLabel = "DIR",
      description = "Also draw each site's map as a PNG at 300 dpi into DIR (made if missing), one file a site: SITE.png.")
  Path png;

  @Option(names = "--map-svg", paramLabel = "DIR",
      description = "Also draw each site's map as an SVG into DIR (made if missing), one file a site: SITE.svg.")
  Path svg;

  /** Whether any map image was asked for. */
  public boolean any() {
    return png != null || svg != null;
  }

  /** Refuses, before any work, a folder that is a file or holds an input. */
  public void requireFolders(List<Path> inputs) {
    for (Path folder : folders()) {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new CommandFailure(ExitCode.USAGE, folder + ": is a file; --map-png and --map-svg name a folder");
      }
      OutputFile.requireOutsideInputs(folder, inputs);
    }
  }

  /**
   * Writes the map of every site that has one; a site's file that exists is replaced only with
   * --force.
   */
  public void write(SiteMapImages images, List<Site> sites, boolean force, List<Path> inputs) throws IOException {
    Map<Path, OutputFile.BinaryBody> bodies = new LinkedHashMap<>();
    for (Site site : sites) {
      if (!images.hasContent(site)) {
        continue;
      }
      String name = SiteReports.fileName(site.siteId());
      if (png != null) {
        bodies.put(png.resolve(name + ".png"), out -> out.write(images.png(site)));
      }
      if (svg != null) {
        bodies.put(svg.resolve(name + ".svg"), out -> out.write(images.svg(site).getBytes(StandardCharsets.UTF_8)));
      }
    }
    for (Path folder : folders()) {
      Files.createDirectories(folder);
    }
    if (!bodies.isEmpty()) {
      OutputFile.writeAll(force, inputs, bodies);
    }
  }

  private List<Path> folders() {
    return Stream.of(png, svg).filter(Objects::nonNull).toList();
  }
}
