package org.camsurvey.cli.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.cli.run.SurveySession.OpenSurvey;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Survey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show [LAYER|CAMERA]} (shell only): what the open survey holds. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Shows the open survey: its layers and counts; a layer's records; or one camera's fields.")
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "LAYER|CAMERA",
      description = "A layer (cameras, zones, sites, …) or a camera id; Tab completes both.")
  String name;

  /** What may follow {@code show} for this survey: its layers, then its camera ids. */
  static List<String> candidates(Survey survey) {
    List<String> names = new ArrayList<>(new TreeSet<>(survey.layers()));
    survey.cameras().stream().map(Camera::cameraId).distinct().sorted().forEach(names::add);
    return names;
  }

  @Override
  public Integer call() {
    OpenSurvey open = SurveySession.of(spec).current().orElseThrow(() ->
        new CommandFailure(ExitCode.USAGE, "no survey is open: open SURVEY first"));
    Survey survey = open.survey();
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      out.println(survey.name() + "  " + open.path());
      for (String layer : new TreeSet<>(survey.layers())) {
        out.printf("  %-11s %d%n", layer, count(survey, layer));
      }
    } else if (survey.hasLayer(name)) {
      records(survey, name).forEach(out::println);
    } else {
      List<Camera> cameras = survey.cameras().stream().filter(c -> c.cameraId().equals(name)).toList();
      if (cameras.isEmpty()) {
        throw new CommandFailure(ExitCode.USAGE, "'" + name + "' is neither a layer nor a camera of " + survey.name()
            + ": show lists the layers, show cameras the camera ids");
      }
      cameras.forEach(c -> describe(c, out));
    }
    out.flush();
    return ExitCode.OK;
  }

  private static int count(Survey survey, String layer) {
    return switch (layer) {
      case "sites" -> survey.sites().size();
      case "cameras" -> survey.cameras().size();
      case "zones" -> survey.zones().size();
      case "obstacles" -> survey.obstacles().size();
      case "access_log" -> survey.accessLog().size();
      case "checklist" -> survey.checklist().size();
      default -> 0;
    };
  }

  private static List<String> records(Survey survey, String layer) {
    return switch (layer) {
      case "sites" -> survey.sites().stream().map(s -> s.siteId() + "  " + Objects.toString(s.name(), "")
          + (s.siteClass() == null ? "" : "  class " + s.siteClass().code())).toList();
      case "cameras" -> survey.cameras().stream().map(c -> c.siteId() + "/" + c.cameraId() + "  heading "
          + c.headingDegrees() + "°, angle " + c.hfovDegrees() + "°, range " + c.rangeMetres() + " m").toList();
      case "zones" -> survey.zones().stream().map(z -> z.siteId() + "/" + z.zoneId() + "  " + z.rule().code()
          + (z.item() == null ? "" : " " + z.item()) + (z.kind() == null ? "" : " " + z.kind().code()) + "  "
          + Objects.toString(z.name(), "")).toList();
      case "obstacles" -> survey.obstacles().stream().map(o -> o.siteId() + "/" + o.obstacleId() + "  "
          + Objects.toString(o.kind(), "")).toList();
      default -> List.of(count(survey, layer) + " records");
    };
  }

  private static void describe(Camera c, PrintWriter out) {
    out.println(c.siteId() + "/" + c.cameraId());
    field(out, "heading", c.headingDegrees() + "°");
    field(out, "hfov", c.hfovDegrees() + "°");
    field(out, "range_m", c.rangeMetres());
    field(out, "res_h", c.resolutionH());
    field(out, "height_m", c.heightMetres());
    field(out, "tilt", c.tiltDegrees());
    field(out, "vfov", c.vfovDegrees());
    field(out, "cam_type", c.type() == null ? null : c.type().code());
    field(out, "signage", c.signage());
    field(out, "retention", c.retentionDays());
    field(out, "runs_24h", c.runs24h());
    field(out, "installed", c.installed());
    field(out, "filed", c.filed());
    field(out, "operator", c.operator());
    field(out, "consent", c.consent());
    field(out, "proposed", c.proposed());
  }

  private static void field(PrintWriter out, String name, Object value) {
    out.printf("  %-10s %s%n", name, value == null ? "—" : value);
  }
}
