package org.camsurvey.cli.option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.report.pdf.SigningException;
import org.camsurvey.report.pdf.SigningKey;
import picocli.CommandLine.Option;

/**
 * How a document is signed: PKCS#12 keystores, one per signer in the order of the document's
 * signature blocks, their passwords from files or the environment (never from the command line,
 * where other users and the shell's history would see them), and the key aliases.
 */
public final class SignOptions {
  /** The environment variable that holds the keystores' password when no file is given. */
  public static final String PASSWORD_VARIABLE = "CAMSURVEY_SIGN_PASS";

  @Option(names = "--sign", paramLabel = "KEYSTORE",
      description = "Sign the document (PAdES B-B) with the key in this PKCS#12 file, in a signature block; once per signer, in the order of the blocks.")
  List<Path> keystores = new ArrayList<>();

  @Option(names = "--sign-pass-file", paramLabel = "FILE",
      description = "A file whose first line is the keystore's password: once for all keystores, or once per --sign; without it, the environment variable " + PASSWORD_VARIABLE + ".")
  List<Path> passwordFiles = new ArrayList<>();

  @Option(names = "--sign-alias", paramLabel = "ALIAS",
      description = "The key to sign with where a keystore holds several: once for all, or once per --sign.")
  List<String> aliases = new ArrayList<>();

  /** Whether the document is to be signed. */
  public boolean signs() {
    return !keystores.isEmpty();
  }

  /**
   * The keys named, read and checked fit to sign, in order; none when the document is not signed.
   *
   * @throws CommandFailure (usage) for option counts that do not match or no password, (input) for
   *     a password file that cannot be read or a keystore or key that cannot sign
   */
  public List<SigningKey> keys() {
    if (keystores.isEmpty()) {
      if (!passwordFiles.isEmpty() || !aliases.isEmpty()) {
        throw new CommandFailure(ExitCode.USAGE, "--sign-pass-file and --sign-alias go with --sign KEYSTORE");
      }
      return List.of();
    }
    requireOneOrEach("--sign-pass-file", passwordFiles.size());
    requireOneOrEach("--sign-alias", aliases.size());
    String fromEnvironment = passwordFiles.isEmpty() ? System.getenv(PASSWORD_VARIABLE) : null;
    if (passwordFiles.isEmpty() && fromEnvironment == null) {
      throw new CommandFailure(ExitCode.USAGE, "--sign needs the keystore's password: give --sign-pass-file FILE or set "
          + PASSWORD_VARIABLE);
    }
    List<SigningKey> keys = new ArrayList<>();
    for (int i = 0; i < keystores.size(); i++) {
      char[] password = fromEnvironment != null ? fromEnvironment.toCharArray()
          : password(passwordFiles.get(passwordFiles.size() == 1 ? 0 : i));
      String alias = aliases.isEmpty() ? null : aliases.get(aliases.size() == 1 ? 0 : i);
      try {
        keys.add(SigningKey.load(keystores.get(i), password, alias));
      } catch (SigningException e) {
        throw new CommandFailure(ExitCode.INPUT, e.getMessage(), e);
      } finally {
        java.util.Arrays.fill(password, '\0');
      }
    }
    return keys;
  }

  /**
   * The time the signatures claim: with {@code --date}, that day at 00:00 UTC (the document's own
   * creation time), so that the same inputs sign alike; otherwise now.
   */
  public static Instant signingTime(DocumentOptions document) {
    return document.givenDate().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElseGet(Instant::now);
  }

  private void requireOneOrEach(String option, int given) {
    if (given > 1 && given != keystores.size()) {
      throw new CommandFailure(ExitCode.USAGE, option + " is given " + given + " times for " + keystores.size()
          + " --sign keystores: give it once for all, or once for each");
    }
  }

  private static char[] password(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return (lines.isEmpty() ? "" : lines.get(0)).toCharArray();
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.INPUT, file + ": the password file cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
