package org.camsurvey.cli.run;

import java.nio.file.Path;
import java.util.Optional;
import org.camsurvey.model.Survey;
import org.camsurvey.read.ImportOptions;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The survey a shell session holds open, so that the commands run in it read it once. Outside the
 * shell a session holds nothing and every command reads its survey itself.
 */
public final class SurveySession {
  /**
   * A survey read once and kept.
   *
   * @param path the path it was opened by, absolute and normalised
   * @param options the import options it was read with
   * @param survey the survey read
   */
  public record OpenSurvey(Path path, ImportOptions options, Survey survey) {
    public OpenSurvey {
      path = path.toAbsolutePath().normalize();
    }

    /** Whether the path given names this survey. */
    public boolean isAt(Path other) {
      return path.equals(other.toAbsolutePath().normalize());
    }
  }

  /**
   * The root of a command tree that holds a session, so that a command below finds it without
   * knowing the root command above it.
   */
  public interface Holder {
    SurveySession session();
  }

  // The shell reads it from its own thread while a command runs in another.
  private volatile OpenSurvey open;

  /** The survey held open, if any. */
  public Optional<OpenSurvey> current() {
    return Optional.ofNullable(open);
  }

  public void open(OpenSurvey survey) {
    open = survey;
  }

  public void close() {
    open = null;
  }

  /** The session of the command tree a command runs in: the shell's, else an empty one. */
  public static SurveySession of(CommandSpec spec) {
    return spec.root().userObject() instanceof Holder root ? root.session() : new SurveySession();
  }
}
