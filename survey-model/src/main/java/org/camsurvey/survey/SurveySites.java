package org.camsurvey.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camsurvey.geo.Crs;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.model.Survey;
import org.camsurvey.read.GeoPackageReader;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Envelope;

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
   * <p>A GeoPackage is read a site at a time: only one site's cameras are held at once, beside
   * the other layers. Other containers are read whole and then split, so memory grows with the
   * largest such survey.
   *
   * @param input the survey, as the user named it
   * @throws InputException when the survey cannot be used; units already handed on stand
   */
  public static void read(Path input, ImportOptions options, Consumer<SiteSurvey> units) {
    if (Files.isRegularFile(input) && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
      BySite bySite = new BySite(input, options, units);
      if (new GeoPackageReader().readBySite(input, input.toString(), options, bySite)) {
        bySite.finish();
        return;
      }
    }
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

  /**
   * A GeoPackage's sites as they are read: the frame from every camera's position, the other
   * layers assembled once, then each site's cameras validated and handed on with what their check
   * needs, merged in order with the sites that have zones or records but no cameras.
   */
  private static final class BySite implements GeoPackageReader.SiteReading {
    private final Path input;
    private final String source;
    private final ImportOptions options;
    private final Consumer<SiteSurvey> units;
    private final Envelope cameras = new Envelope();
    private List<RawLayer> layers;
    private SurveyAssembler assembler;
    private SiteSplit split;
    private int nextStatic;

    BySite(Path input, ImportOptions options, Consumer<SiteSurvey> units) {
      this.input = input;
      this.source = input.toString();
      this.options = options;
      this.units = units;
    }

    @Override
    public Optional<String> siteColumn(Set<String> cameraFields) {
      return options.mapping().onlySource("site_id", cameraFields);
    }

    @Override
    public void layers(List<RawLayer> read) {
      layers = options.mapping().apply(read);
    }

    @Override
    public void point(Crs crs, double x, double y) {
      double[] ll = SurveyAssembler.frameBasis(crs, options, x, y);
      if (ll != null) {
        cameras.expandToInclude(ll[0], ll[1]);
      }
    }

    @Override
    public void site(RawLayer records) {
      start();
      List<Finding> warnings = new ArrayList<>();
      List<Camera> own = assembler.siteCameras(options.mapping().apply(List.of(records)).get(0), warnings);
      String siteId = own.get(0).siteId();
      staticSitesBefore(siteId);
      if (nextStatic < split.siteIds().size() && split.siteIds().get(nextStatic).equals(siteId)) {
        nextStatic++;
      }
      units.accept(new SiteSurvey(source, siteId, split.site(siteId, own, warnings), split.zoneCount(siteId)));
    }

    /** Hands on the sites left that have no cameras; call once every site was read. */
    void finish() {
      start();
      staticSitesBefore(null);
    }

    private void start() {
      if (assembler != null) {
        return;
      }
      assembler = SurveyAssembler.streaming(SurveyReader.surveyName(input), layers, cameras, Statute.of(Language.ZH),
          options);
      layers = null;
      split = SiteSplit.of(assembler.withoutCameras());
      units.accept(new SiteSurvey(source, null, split.surveyWide(), 0));
    }

    /** The sites without cameras that sort before this one (all that are left, for null). */
    private void staticSitesBefore(String siteId) {
      List<String> ids = split.siteIds();
      while (nextStatic < ids.size() && (siteId == null || ids.get(nextStatic).compareTo(siteId) < 0)) {
        String id = ids.get(nextStatic++);
        units.accept(new SiteSurvey(source, id, split.site(id, List.of(), List.of()), split.zoneCount(id)));
      }
    }
  }
}
