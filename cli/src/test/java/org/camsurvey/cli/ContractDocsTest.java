package org.camsurvey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.read.LayerSchema;
import org.camsurvey.model.FindingCode;
import org.junit.jupiter.api.Test;

/**
 * The contracts in {@code docs/} (the survey format, the rules, the command line) name exactly
 * what the code has: a finding code, a layer field, a command or an exit code in one and not the
 * other fails here, so that the repository's own documents stay true without the shared spec.
 */
class ContractDocsTest {
  private static final Pattern CODE = Pattern.compile("`((?:ART\\d+|DATA|BASELINE|CN\\d+)_[A-Z0-9_]+)`");
  private static final Pattern BACKTICKED = Pattern.compile("`([a-z0-9_]+)`");

  @Test
  void everyFindingCodeIsInRulesMdAndNoOther() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher m = CODE.matcher(doc("RULES.md"));
    while (m.find()) {
      documented.add(m.group(1));
    }
    Set<String> inCode = Arrays.stream(FindingCode.values()).map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(documented).as("codes in docs/RULES.md").isEqualTo(inCode);
  }

  @Test
  void everyLayerAndFieldIsInSurveyFormatMdAndNoOther() throws IOException {
    Map<String, Set<String>> documented = layerTables(doc("SURVEY-FORMAT.md"));
    Map<String, Set<String>> inCode = new LinkedHashMap<>();
    for (LayerSchema schema : LayerSchema.ALL) {
      inCode.put(schema.layer().id(), schema.fields().stream().map(LayerSchema.Field::name)
          .collect(Collectors.toCollection(TreeSet::new)));
    }

    assertThat(documented).as("layers and fields in docs/SURVEY-FORMAT.md").isEqualTo(inCode);
  }

  @Test
  void everyCommandAndExitCodeIsInCliMdAndNoOther() throws IOException, IllegalAccessException {
    String cli = doc("CLI.md");
    Set<String> commands = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z]+)[ `]").matcher(section(cli, "## Commands"));
    while (row.find()) {
      commands.add(row.group(1));
    }
    Set<String> inCode = new TreeSet<>(Main.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())).getSubcommands().keySet());
    inCode.remove("help");
    assertThat(commands).as("commands in docs/CLI.md").isEqualTo(inCode);

    Set<Integer> codes = new TreeSet<>();
    Matcher exit = Pattern.compile("(?m)^\\| (\\d) \\|").matcher(section(cli, "## Exit codes"));
    while (exit.find()) {
      codes.add(Integer.parseInt(exit.group(1)));
    }
    Set<Integer> exitCodes = new TreeSet<>();
    for (Field f : ExitCode.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        exitCodes.add(f.getInt(null));
      }
    }
    assertThat(codes).as("exit codes in docs/CLI.md").isEqualTo(exitCodes);
  }

  /** The fields of each {@code ### layer} section: the backticked names in its table's first column. */
  private static Map<String, Set<String>> layerTables(String format) {
    Map<String, Set<String>> layers = new LinkedHashMap<>();
    String layersPart = section(format, "## Layers");
    for (String part : layersPart.split("(?m)^### ")) {
      String name = part.lines().findFirst().orElse("").strip();
      if (!name.matches("[a-z_]+")) {
        continue;
      }
      Set<String> fields = new TreeSet<>();
      part.lines().filter(l -> l.startsWith("| `")).forEach(l -> {
        Matcher m = BACKTICKED.matcher(l.split("\\|")[1]);
        while (m.find()) {
          fields.add(m.group(1));
        }
      });
      layers.put(name, fields);
    }
    return layers;
  }

  /** From a heading to the next heading of the same level. */
  private static String section(String text, String heading) {
    int start = text.indexOf("\n" + heading + "\n");
    assertThat(start).as("heading " + heading).isNotNegative();
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int end = text.indexOf("\n" + level, start + heading.length() + 1);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  private static String doc(String name) throws IOException {
    return Files.readString(SampleSurveys.repositoryRoot().resolve("docs").resolve(name), StandardCharsets.UTF_8);
  }
}
