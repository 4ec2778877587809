package org.camsurvey.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's output where the user asked: standard output, or a file that appears whole
 * or not at all (written beside its target, then moved into place).
 */
public final class OutputFile {
  /** Writes the document to the writer it is given. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFile() {}

  /**
   * @param target the file, or null or "-" for standard output
   * @param force whether an existing file may be replaced
   * @param input the input it must not overwrite
   */
  public static void write(Path target, boolean force, Path input, PrintWriter stdout, Body body) throws IOException {
    if (target == null || target.toString().equals("-")) {
      body.writeTo(stdout);
      stdout.flush();
      return;
    }
    Path absolute = target.toAbsolutePath().normalize();
    if (input != null && (absolute.equals(input.toAbsolutePath().normalize())
        || absolute.startsWith(input.toAbsolutePath().normalize()) && Files.isDirectory(input))) {
      throw new CommandFailure(ExitCode.USAGE, target + ": the output would overwrite the input; choose another path");
    }
    if (Files.exists(absolute) && !force) {
      throw new CommandFailure(ExitCode.USAGE, target + ": exists; give --force to replace it");
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CommandFailure(ExitCode.FAILURE, target + ": its folder does not exist");
    }
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
    try {
      try (Writer out = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
        body.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailure(ExitCode.USAGE, target + ": exists; give --force to replace it", e);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
