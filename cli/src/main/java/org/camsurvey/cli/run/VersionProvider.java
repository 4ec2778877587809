package org.camsurvey.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version and the git commit Maven stamped into the build. */
public final class VersionProvider implements IVersionProvider {
  private static final String UNKNOWN = "unknown";

  /** The tool's version, as JSON output and the documents report it. */
  public static String version() {
    return stamped("version");
  }

  /** The abbreviated git commit the build was made from; {@code unknown} for a build made outside git. */
  public static String commit() {
    String commit = stamped("commit");
    return commit.isBlank() ? UNKNOWN : commit;
  }

  private static String stamped(String key) {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String value = p.getProperty(key, UNKNOWN).strip();
    // A property Maven could not fill stays as its placeholder.
    return value.startsWith("${") ? UNKNOWN : value;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "camsurvey " + version() + " (commit " + commit() + ")",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
