package org.camsurvey.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files that appear whole or not at all: written beside their target under a hidden name, then
 * moved onto it in one rename, so that a crash, a full disk or Ctrl-C never leaves half a file
 * under the target's name. Every writer of the project writes through it.
 */
public final class AtomicFile {
  /** Writes a file's bytes to the stream it is given. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  /**
   * Writes the target whole, replacing what is there; on failure the target is as it was and
   * nothing is left beside it.
   */
  public static void write(Path target, Content content) throws IOException {
    Path temporary = fileBeside(target);
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      move(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A new empty file beside the target, named {@code .NAME.HEX.part}. Not {@code
   * Files.createTempFile}, whose owner-only permissions the moved file would keep: this one gets
   * the user's usual permissions (umask).
   */
  public static Path fileBeside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    for (int attempt = 0; ; attempt++) {
      Path candidate = absolute.resolveSibling("." + absolute.getFileName() + "."
          + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".part");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /**
   * A new empty folder beside the target, for a file whose writer makes others next to it (SQLite's
   * journal) or for a target that is itself a folder.
   */
  public static Path folderBeside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    return Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
  }

  /** Moves a file written beside its target onto it, in one rename where the file system has one. */
  public static void move(Path written, Path target) throws IOException {
    try {
      Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Whether a file is one {@link #fileBeside} made, left by a killed process. */
  public static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.matches("\\..+\\.[0-9a-f]{1,16}\\.part") && Files.isRegularFile(file);
  }

  /** Removes a folder and all it holds; nothing when it is not there. */
  public static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(folder)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
