package org.camsurvey.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE} and {@code --force} where an output file is optional: without one (or with
 * {@code -}) the command writes to standard output. What FILE holds is each command's own help
 * text, from {@code options.properties}.
 */
public final class OutputOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
  Path output;

  @Mixin ForceOption force;

  /** The file named, or null: standard output. */
  public Path file() {
    return output;
  }

  /** Whether the output goes to standard output: no file, or {@code -}. */
  public boolean toStandardOutput() {
    return output == null || output.toString().equals("-");
  }

  public boolean force() {
    return force.force();
  }
}
