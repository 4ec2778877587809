package org.camsurvey.rules;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.camsurvey.model.Finding;
import org.camsurvey.view.Scene;

/** One family of checks, resting on one article. */
public interface Rule {
  /** Adds the findings this rule makes of the scene. */
  void check(Scene scene, Consumer<Finding> findings);

  /**
   * What this rule adds to the findings the other rules of the law make of the scene, before they
   * are kept: nothing, unless the rule knows more about them than they do (the filed baseline
   * tells whether a forbidden view is new since filing, {@link Art10BaselineRule}).
   */
  default UnaryOperator<Finding> amends(Scene scene) {
    return UnaryOperator.identity();
  }
}
