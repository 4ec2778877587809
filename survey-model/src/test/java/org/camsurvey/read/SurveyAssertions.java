package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Survey;
import org.camsurvey.rules.Checker;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.write.OutputLayer;
import org.camsurvey.write.SurveyLayers;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

/** Compares surveys as the writers see them, and finds the samples. */
public final class SurveyAssertions {
  private SurveyAssertions() {}

  /** The folder of a sample survey, found from the working directory up (Surefire runs in the module). */
  public static Path sample(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path sample = p.resolve("samples").resolve(name);
      if (Files.isDirectory(sample)) {
        return sample;
      }
    }
    throw new IllegalStateException("no samples/" + name + " above " + Path.of("").toAbsolutePath());
  }

  /**
   * A survey as it was before it had an evidence layer: the fixtures GDAL made from the sample
   * (make-fixtures.sh) hold the sample's geometry layers only.
   */
  public static Survey withoutEvidence(Survey s) {
    java.util.Set<String> layers = new java.util.HashSet<>(s.layers());
    layers.remove("evidence");
    return new Survey(s.name(), layers, s.frame(), s.sites(), s.cameras(), s.zones(), s.obstacles(), s.accessLog(),
        s.checklist(), List.of(), s.cameraFields(), s.importWarnings());
  }

  /**
   * The same survey: the same layers, fields and values, and geometry vertex for vertex (tolerance
   * 0) or within the tolerance in degrees of longitude and latitude.
   */
  public static void assertSameSurvey(Survey actual, Survey expected, double toleranceDegrees) {
    List<OutputLayer> a = SurveyLayers.of(actual);
    List<OutputLayer> e = SurveyLayers.of(expected);
    assertThat(a).extracting(OutputLayer::name).containsExactlyElementsOf(e.stream().map(OutputLayer::name).toList());
    // a written survey lists its sites even where the input only implied them
    assertThat(actual.layers()).containsAll(expected.layers());
    assertThat(actual.cameraFields()).isEqualTo(expected.cameraFields());
    for (int i = 0; i < a.size(); i++) {
      OutputLayer al = a.get(i);
      OutputLayer el = e.get(i);
      assertThat(al.fields()).as(al.name()).isEqualTo(el.fields());
      assertThat(al.features()).as(al.name()).hasSameSizeAs(el.features());
      for (int j = 0; j < al.features().size(); j++) {
        OutputLayer.Feature af = al.features().get(j);
        OutputLayer.Feature ef = el.features().get(j);
        String where = al.name() + " feature " + (j + 1);
        for (Map.Entry<String, Object> v : ef.values().entrySet()) {
          Object got = af.values().get(v.getKey());
          if (v.getValue() instanceof Number n && got instanceof Number m) {
            assertThat(m.doubleValue()).as(where + " " + v.getKey()).isEqualTo(n.doubleValue());
          } else {
            assertThat(got).as(where + " " + v.getKey()).isEqualTo(v.getValue());
          }
        }
        assertSameGeometry(af.geometry(), ef.geometry(), toleranceDegrees, where);
      }
    }
  }

  public static void assertSameGeometry(Geometry actual, Geometry expected, double tolerance, String where) {
    if (expected == null) {
      assertThat(actual).as(where).isNull();
      return;
    }
    assertThat(actual).as(where).isNotNull();
    assertThat(actual.getGeometryType()).as(where).isEqualTo(expected.getGeometryType());
    if (tolerance == 0) {
      assertThat(actual.equalsExact(expected)).as(where + ": " + actual + " is " + expected).isTrue();
    } else {
      // projected input gains vertices (densified to 100 m edges), so compare shapes, not vertices
      assertThat(DiscreteHausdorffDistance.distance(actual, expected, 0.01))
          .as(where + ": " + actual + " within " + tolerance + " of " + expected).isLessThanOrEqualTo(tolerance);
    }
  }

  /** The findings of a check at the default options, one line each. */
  public static List<String> findings(Survey survey) {
    return Checker.check(survey, new CheckOptions(0.9, ImageQuality.OBSERVE)).findings().stream()
        .map(SurveyAssertions::row).toList();
  }

  private static String row(Finding f) {
    return f.code() + " " + f.siteId() + " " + f.cameraId() + " " + f.zoneId() + " " + f.zoneSiteId() + " "
        + f.item() + " " + f.figures();
  }
}
