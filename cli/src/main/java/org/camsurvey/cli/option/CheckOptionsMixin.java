package org.camsurvey.cli.option;

import org.camsurvey.geo.ImageQuality;
import org.camsurvey.view.CheckOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How strictly the rules judge, for every command that checks a survey (check, filing, inspect). */
public final class CheckOptionsMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--quality", defaultValue = "observe", paramLabel = "QUALITY", converter = QualityConverter.class,
      completionCandidates = QualityConverter.Grades.class,
      description = "Image quality mandated coverage counts at: detect, observe, recognise, identify (default: ${DEFAULT-VALUE}).")
  ImageQuality quality;

  @Option(names = "--min-cover", defaultValue = "0.9", paramLabel = "FRACTION",
      description = "Coverage a mandated zone needs where it sets no min_cover, 0..1 (default: ${DEFAULT-VALUE}).")
  double minCover;

  /**
   * The options as the checker takes them.
   *
   * @throws ParameterException (a usage error) for a coverage outside 0..1
   */
  public CheckOptions toCheckOptions() {
    if (!(minCover >= 0 && minCover <= 1)) {
      throw new ParameterException(spec.commandLine(), "--min-cover must be within 0..1, not " + minCover);
    }
    return new CheckOptions(minCover, quality);
  }
}
