package org.camsurvey.geo;

import org.camsurvey.model.Survey;

/**
 * A geometry class that reaches up into the model: not shipped (test sources only), it is the
 * back-edge ArchitectureTest shows its layer rule catches.
 */
public final class BackEdge {
  private BackEdge() {}

  public static String nameOf(Survey survey) {
    return survey.name();
  }
}
