package org.camsurvey.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.Sha256;

/**
 * The SHA-256 a document names its survey by: over the files the survey is read from
 * ({@link SurveyReader#inputFiles}), in that order (by file name), each as its file name in
 * UTF-8, a zero byte, its length as 8 bytes big-endian, then its bytes. Names and lengths are
 * hashed so that two files cannot pass for one; the folder's own path is not, so the hash does
 * not change when a survey is copied elsewhere.
 */
public final class SurveyDigest {
  private SurveyDigest() {}

  /** The digest in lower-case hex (64 characters). */
  public static String sha256(Path input, ImportOptions options) {
    return sha256(SurveyReader.inputFiles(input, options));
  }

  /** The digest of these files, in the order given. */
  public static String sha256(List<Path> files) {
    MessageDigest digest = Sha256.digest();
    byte[] buffer = new byte[1 << 16];
    for (Path file : files) {
      Path name = file.getFileName();
      digest.update((name == null ? "" : name.toString()).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try (InputStream in = Files.newInputStream(file)) {
        long size = Files.size(file);
        for (int shift = 56; shift >= 0; shift -= 8) {
          digest.update((byte) (size >>> shift));
        }
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      } catch (IOException e) {
        throw InputException.file(file.toString(), "cannot be read: " + e.getMessage());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
