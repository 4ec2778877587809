package org.camsurvey.cli.option;

import picocli.CommandLine.Option;

/**
 * {@code --force}: whether outputs that exist may be replaced. Its help text is each command's own
 * (what it replaces), from the root command's resource bundle, {@code options.properties}.
 */
public final class ForceOption {
  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  public boolean force() {
    return force;
  }
}
