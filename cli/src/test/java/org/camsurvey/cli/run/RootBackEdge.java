package org.camsurvey.cli.run;

import org.camsurvey.cli.CamsurveyCommand;

/**
 * A class of the run's shared package that reaches up to the root command: not shipped (test
 * sources only), it is the back-edge ArchitectureTest shows its command-line rules catch.
 */
public final class RootBackEdge {
  private RootBackEdge() {}

  public static SurveySession sessionOf(CamsurveyCommand root) {
    return root.session();
  }
}
