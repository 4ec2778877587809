package org.camsurvey.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.SiteSplit;

/**
 * Reads surveys for a batch: which surveys a source stands for, and each survey's sites one at a
 * time, in the order their findings sort in.
 */
public final class SurveySites {
  private SurveySites() {}

  /**
   * The surveys a source stands for: the source itself when it is a file or a folder holding
   * layer files; else, for a folder holding none, its every subfolder and survey file by name
   * (a district's export each, say). Hidden entries are left out.
   *
   * @throws InputException when the source does not exist or holds no survey
   */
  public static List<Path> surveys(Path source, ImportOptions options) {
    if (!Files.exists(source)) {
      throw InputException.file(source.toString(), "no such file or folder");
    }
    if (!Files.isDirectory(source) || !SurveyReader.inputFiles(source, options).isEmpty()) {
      return List.of(source);
    }
    List<Path> surveys;
    try (Stream<Path> listing = Files.list(source)) {
      surveys = listing
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isDirectory(p) || SurveyReader.readsAlone(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw InputException.file(source.toString(), "cannot list the folder: " + e.getMessage());
    }
    if (surveys.isEmpty()) {
      throw InputException.file(source.toString(),
          "holds neither survey layers nor surveys (folders of layer files, GeoPackages, Shapefile zips, …)");
    }
    return surveys;
  }

  /**
   * Reads a survey and hands its units to the consumer in order: first the warnings that concern
   * no site, then each site by id, holding its cameras and what their check needs.
   *
   * @param input the survey, as the user named it
   * @throws InputException when the survey cannot be used; units already handed on stand
   */
  public static void read(Path input, ImportOptions options, Consumer<SiteSurvey> units) {
    Survey whole = SurveyReader.read(input, options);
    String source = input.toString();
    Map<String, List<Camera>> cameras = SiteSplit.camerasBySite(whole);
    SiteSplit split = SiteSplit.of(whole);
    whole = null; // only the split is needed from here on
    units.accept(new SiteSurvey(source, null, split.surveyWide(), 0));
    Set<String> siteIds = new TreeSet<>(split.siteIds());
    siteIds.addAll(cameras.keySet());
    for (String siteId : siteIds) {
      List<Camera> own = cameras.remove(siteId);
      units.accept(new SiteSurvey(source, siteId,
          split.site(siteId, own == null ? List.of() : own, List.of()), split.zoneCount(siteId)));
    }
  }
}
