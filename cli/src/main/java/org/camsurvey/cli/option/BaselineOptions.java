package org.camsurvey.cli.option;

import org.camsurvey.rules.BaselineTolerances;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How far a camera may drift from its filed baseline (Art. 10): {@code diff} and {@code check --baseline}. */
public final class BaselineOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--move-tolerance", defaultValue = "1", paramLabel = "METRES",
      description = "Distance a camera may have moved since filing, geodesic (default: ${DEFAULT-VALUE} m).")
  double moveMetres;

  @Option(names = "--turn-tolerance", defaultValue = "5", paramLabel = "DEGREES",
      description = "Angle a camera's heading may have turned since filing (default: ${DEFAULT-VALUE}°).")
  double turnDegrees;

  @Option(names = "--angle-tolerance", defaultValue = "5", paramLabel = "DEGREES",
      description = "Change of the horizontal angle of view allowed since filing (default: ${DEFAULT-VALUE}°).")
  double angleDegrees;

  @Option(names = "--range-tolerance", defaultValue = "10", paramLabel = "PERCENT",
      description = "Change of the range allowed since filing, percent of the filed range (default: ${DEFAULT-VALUE} %%).")
  double rangePercent;

  /**
   * The tolerances as the rule takes them.
   *
   * @throws ParameterException for a negative or impossible tolerance
   */
  public BaselineTolerances toTolerances() {
    try {
      return new BaselineTolerances(moveMetres, turnDegrees, angleDegrees, rangePercent / 100);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "tolerances must be at least 0 (turn at most 180°, angle at most 360°): " + e.getMessage());
    }
  }
}
