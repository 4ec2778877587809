package org.camsurvey.read;

import java.nio.file.Path;
import java.util.List;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.Checker;
import org.camsurvey.survey.SurveyReader;
import org.camsurvey.view.CheckOptions;

/** The Jiefangbei sample's findings, as reader tests compare other containers with them. */
public final class Samples {
  private Samples() {}

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
    return findings(SurveyReader.read(SampleSurveys.jiefangbeiMap(), ImportOptions.defaults()));
  }
}
