package org.camsurvey.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE} and {@code --force} where the command writes a file and must be told which (a
 * workbook, a GeoPackage, a document). What FILE holds is each command's own help text, from
 * {@code options.properties}.
 */
public final class OutputFileOptions {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "output")
  Path output;

  @Mixin ForceOption force;

  public Path file() {
    return output;
  }

  public boolean force() {
    return force.force();
  }
}
