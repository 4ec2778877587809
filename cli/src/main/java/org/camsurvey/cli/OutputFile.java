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

  /** Writes a binary document (a PDF, a workbook) to the stream it is given. */
  @FunctionalInterface
  public interface BinaryBody {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Writes a binary document to a file that appears whole or not at all; standard output is
   * refused, as a terminal is no place for a PDF.
   */
  public static void writeBinary(Path target, boolean force, Path input, BinaryBody body) throws IOException {
    if (target == null || target.toString().equals("-")) {
      throw new CommandFailure(ExitCode.USAGE, "this document is binary: name a file with -o");
    }
    write(target, force, input, null, out -> {
      throw new IllegalStateException("not used");
    }, body);
  }

  /**
   * @param target the file, or null or "-" for standard output
   * @param force whether an existing file may be replaced
   * @param input the input it must not overwrite
   */
  public static void write(Path target, boolean force, Path input, PrintWriter stdout, Body body) throws IOException {
    write(target, force, input, stdout, body, null);
  }

  private static void write(Path target, boolean force, Path input, PrintWriter stdout, Body body, BinaryBody binary)
      throws IOException {
    if (binary == null && (target == null || target.toString().equals("-"))) {
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
      if (binary != null) {
        try (java.io.OutputStream out = Files.newOutputStream(temporary)) {
          binary.writeTo(out);
        }
      } else {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
          body.writeTo(out);
        }
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
