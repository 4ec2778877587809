package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.model.Finding;
import org.camsurvey.view.Scene;

/** One family of checks, resting on one article. */
public interface Rule {
  /** Adds the findings this rule makes of the scene. */
  void check(Scene scene, Consumer<Finding> findings);
}
