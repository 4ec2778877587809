package org.camsurvey.cli.option;

import org.camsurvey.remedy.RemedyOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code fix} may change, for {@code fix} and for the documents that print its proposal
 * ({@code filing --remedies}, {@code inspect --remedies}).
 */
public final class RemedyOptionsMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--max-turn", defaultValue = "180", paramLabel = "DEGREES",
      description = "The largest turn of a camera from its surveyed heading, 0..180 (default: ${DEFAULT-VALUE}).")
  double maxTurn;

  @Option(names = "--keep-angle", description = "Never narrow a camera's angle of view.")
  boolean keepAngle;

  @Option(names = "--keep-range", description = "Never shorten a camera's range.")
  boolean keepRange;

  @Option(names = "--no-new-cameras", description = "Propose no new cameras: a zone re-aiming leaves short is reported.")
  boolean noNewCameras;

  /**
   * The options as the search takes them; new cameras get the import options' camera defaults
   * ({@code --default-hfov}, {@code --default-range}, {@code --default FIELD=VALUE}).
   *
   * @throws ParameterException (a usage error) for a turn outside 0..180
   */
  public RemedyOptions toRemedyOptions(ImportOptionsMixin importOptions) {
    if (!(maxTurn >= 0 && maxTurn <= 180)) {
      throw new ParameterException(spec.commandLine(), "--max-turn must be within 0..180 degrees, not " + maxTurn);
    }
    return new RemedyOptions(maxTurn, keepAngle, keepRange, !noNewCameras,
        importOptions.toImportOptions().cameraDefaults());
  }
}
