package org.camsurvey.cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.read.AtomicFile;

/**
 * Writes a command's output where the user asked: standard output, or a file that appears whole
 * or not at all (written beside its target, then moved into place by {@link AtomicFile}).
 */
public final class OutputFile {
  /** Writes the document to the writer it is given. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes a binary document (a workbook, a KMZ) to the stream it is given. */
  @FunctionalInterface
  public interface BinaryBody {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a whole file at the path it is given, and leaves nothing there when it fails. */
  @FunctionalInterface
  public interface FileBody {
    void writeTo(Path target) throws IOException;
  }

  private OutputFile() {}

  /**
   * @param target the file, or null or "-" for standard output
   * @param force whether an existing file may be replaced
   * @param inputs the inputs it must not overwrite
   */
  public static void write(Path target, boolean force, List<Path> inputs, PrintWriter stdout, Body body)
      throws IOException {
    if (target == null || target.toString().equals("-")) {
      body.writeTo(stdout);
      stdout.flush();
      return;
    }
    writeBinary(target, force, inputs, out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      body.writeTo(writer);
      writer.flush();
    });
  }

  /**
   * Writes a binary document to a file that appears whole or not at all; never to standard output.
   *
   * @param target the file
   * @param force whether an existing file may be replaced
   * @param inputs the inputs it must not overwrite
   */
  public static void writeBinary(Path target, boolean force, List<Path> inputs, BinaryBody body) throws IOException {
    Map<Path, BinaryBody> one = new LinkedHashMap<>();
    one.put(target, body);
    writeAll(force, inputs, one);
  }

  /**
   * Writes several binary files that appear together or not at all: each is written whole beside
   * its target first, and only when all are written are they moved into place (a document and
   * its workbook, say, so that a failure of the second does not leave the first).
   *
   * @param force whether existing files may be replaced
   * @param inputs the inputs none of them may overwrite
   * @param bodies each target with what it holds, in the order to write them
   */
  public static void writeAll(boolean force, List<Path> inputs, Map<Path, BinaryBody> bodies) throws IOException {
    List<Path> targets = requireWritable(List.copyOf(bodies.keySet()), force, inputs);
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    try {
      int i = 0;
      for (BinaryBody body : bodies.values()) {
        Path absolute = targets.get(i++);
        Path temporary = AtomicFile.fileBeside(absolute);
        temporaries.put(absolute, temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
          body.writeTo(out);
        }
      }
      if (Thread.currentThread().isInterrupted()) {
        // the shell's Ctrl-C: the command is stopped, so its outputs do not appear after all
        throw new CommandFailure(ExitCode.FAILURE, targets.get(0) + ": stopped; nothing written");
      }
      for (Map.Entry<Path, Path> e : temporaries.entrySet()) {
        AtomicFile.move(e.getValue(), e.getKey());
      }
    } finally {
      for (Path temporary : temporaries.values()) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * {@link #requireWritable(Path, boolean, List)} for each of several targets, which must also
   * differ from one another.
   *
   * @return the targets as absolute paths, in order
   */
  public static List<Path> requireWritable(List<Path> targets, boolean force, List<Path> inputs) {
    List<Path> absolute = new ArrayList<>();
    for (Path target : targets) {
      if (target == null || target.toString().equals("-")) {
        throw new CommandFailure(ExitCode.USAGE, "this document is binary: name a file with -o");
      }
      Path checked = requireWritable(target, force, inputs);
      if (absolute.contains(checked)) {
        throw new CommandFailure(ExitCode.USAGE, target + ": named for two outputs; give each its own file");
      }
      absolute.add(checked);
    }
    return absolute;
  }

  /**
   * Writes a file that its writer builds whole and moves into place itself (a GeoPackage).
   *
   * @param target the file
   * @param force whether an existing file may be replaced
   * @param inputs the inputs it must not overwrite
   */
  public static void writeFile(Path target, boolean force, List<Path> inputs, FileBody body) throws IOException {
    body.writeTo(requireWritable(target, force, inputs));
  }

  /**
   * Checks, before any work, that the target may be written: it is none of the inputs nor inside
   * an input folder, exists only with {@code force}, and its folder exists.
   *
   * @return the target as an absolute path
   * @throws CommandFailure with exit code 2 (or 4 for a missing folder) when it may not
   */
  public static Path requireWritable(Path target, boolean force, List<Path> inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      Path in = input.toAbsolutePath().normalize();
      if (absolute.equals(in) || absolute.startsWith(in) && Files.isDirectory(input) || sameFile(absolute, in)) {
        throw new CommandFailure(ExitCode.USAGE, target + ": the output would overwrite the input; choose another path");
      }
    }
    if (Files.exists(absolute) && !force) {
      throw new CommandFailure(ExitCode.USAGE, target + ": exists; give --force to replace it");
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CommandFailure(ExitCode.FAILURE, target + ": its folder does not exist");
    }
    return absolute;
  }

  /**
   * Checks, before any work, that an output folder is none of the inputs and lies in none of them
   * (where a folder of surveys would take it for one more).
   *
   * @throws CommandFailure with exit code 2 when it does
   */
  public static void requireOutsideInputs(Path folder, List<Path> inputs) {
    Path absolute = folder.toAbsolutePath().normalize();
    for (Path input : inputs) {
      Path in = input.toAbsolutePath().normalize();
      if (absolute.equals(in) || absolute.startsWith(in) && Files.isDirectory(input) || sameFile(absolute, in)) {
        throw new CommandFailure(ExitCode.USAGE, folder + ": the output folder would be an input or lie in one;"
            + " choose another path");
      }
    }
  }

  /** The same file under another name (a link): never overwritten either. */
  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
