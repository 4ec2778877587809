package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camsurvey.fixture.SampleSurveys;

/**
 * Expected JSON documents under {@code cli/src/test/resources/golden/}, compared after parsing
 * with {@code tool.version} and {@code input} (the path as the test happened to give it) ignored.
 *
 * <p>To regenerate them after an intended change, run the tests with {@code -Dgolden.update=true}
 * (e.g. {@code mvn -pl cli -am test -Dtest=CheckCommandTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}), then review the diff before committing it.
 */
public final class Golden {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  public static Path file(String name) {
    return SampleSurveys.repositoryRoot().resolve("cli/src/test/resources/golden").resolve(name);
  }

  /** Compares a JSON document with the golden file of that name, or rewrites the file when updating. */
  public static void assertMatches(String name, String actualJson) throws IOException {
    Path file = file(name);
    JsonNode actual = JSON.readTree(relativeToRepository(actualJson));
    if (updating()) {
      ignoreRunSpecifics(actual);
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file; run with -Dgolden.update=true to create it").exists();
    JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    ignoreRunSpecifics(expected);
    ignoreRunSpecifics(actual);
    assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
        .as("%s; if the change is intended, rerun with -Dgolden.update=true", file)
        .isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
  }

  /** Compares a text (a document's extracted text, a workbook's cells) with the golden file of that name. */
  public static void assertText(String name, String text) throws IOException {
    Path file = file(name);
    String actual = relativeToRepository(text);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(actual).as("%s; if the change is intended, rerun with -Dgolden.update=true", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * The text with the repository's folder left out of the paths it names (a sample's access log,
   * named in findings and messages), so that golden files are the same on every machine.
   */
  private static String relativeToRepository(String text) {
    String root = SampleSurveys.repositoryRoot().toString();
    return text.replace(root + java.io.File.separator, "");
  }

  private static void ignoreRunSpecifics(JsonNode document) {
    ((ObjectNode) document.get("tool")).put("version", "(ignored)");
    ((ObjectNode) document).put("input", "(ignored)");
  }
}
