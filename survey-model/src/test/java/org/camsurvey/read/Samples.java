package org.camsurvey.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;

/** The Jiefangbei sample and its findings, as reader tests compare other containers with them. */
public final class Samples {
  /** The layers with geometry, which every container carries; the access log and checklist are tested apart. */
  private static final List<String> MAP_LAYERS =
      List.of("sites.geojson", "cameras.geojson", "zones.geojson", "obstacles.geojson");
  private static Path mapLayers;

  private Samples() {}

  public static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        return p;
      }
    }
    throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
  }

  /**
   * The sample's map layers (sites, cameras, zones, obstacles) in a folder of their own: the
   * containers and fixtures the reader tests compare with it carry these four; the sample's access
   * log and checklist, which have no geometry, are the rule and command tests' to check.
   */
  public static synchronized Path jiefangbei() {
    if (mapLayers == null) {
      try {
        Path copy = Files.createTempDirectory("jiefangbei-map");
        for (String layer : MAP_LAYERS) {
          Files.copy(repositoryRoot().resolve("samples/jiefangbei").resolve(layer), copy.resolve(layer));
          copy.resolve(layer).toFile().deleteOnExit();
        }
        copy.toFile().deleteOnExit();
        mapLayers = copy;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return mapLayers;
  }

  /** A test resource of this package, as a path. */
  public static Path resource(String name) {
    try {
      return Path.of(Samples.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  /**
   * A survey's findings with what they say and measure, but not the file they were read from:
   * code, site, camera, zone, item, figures and the geometry's area and position to the millimetre.
   */
  public static List<String> findings(Survey survey) {
    return Checker.check(survey, CheckOptions.defaults()).findings().stream().map(Samples::describe).toList();
  }

  public static String describe(Finding f) {
    String where = f.geometry() == null ? "-"
        : String.format(java.util.Locale.ROOT, "%s area %.3f at %.3f,%.3f", f.geometry().getGeometryType(),
            f.geometry().getArea(), f.geometry().getCentroid().getX(), f.geometry().getCentroid().getY());
    String record = f.source() == null ? "" : " record " + f.source().layer() + " " + f.source().recordLabel();
    return f.code() + " site " + f.siteId() + " camera " + f.cameraId() + " zone " + f.zoneId() + "/" + f.zoneSiteId()
        + " item " + f.item() + " " + f.figures() + " " + where + record;
  }

  public static List<String> jiefangbeiFindings() {
    return findings(SurveyReader.read(jiefangbei(), ImportOptions.defaults()));
  }
}
