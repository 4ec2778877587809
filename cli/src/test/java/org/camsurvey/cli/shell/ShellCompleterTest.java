package org.camsurvey.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camsurvey.cli.Main;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.cli.run.SurveySession.OpenSurvey;
import org.camsurvey.fixture.SampleSurveys;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.survey.SurveyReader;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers at each place of a command line. */
class ShellCompleterTest {
  private final SurveySession session = new SurveySession();
  private Terminal terminal;
  private LineReader reader;
  private ShellCompleter completer;

  @BeforeEach
  void setUp() throws IOException {
    terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, InputStream.nullInputStream(), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8);
    reader = LineReaderBuilder.builder().terminal(terminal).build();
    completer = new ShellCompleter(
        Shell.commands(Main::commandLine, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            session, java.util.List.of()).getCommandSpec(),
        session);
  }

  @AfterEach
  void tearDown() throws IOException {
    terminal.close();
  }

  private List<String> complete(String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(reader, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void commands() {
    assertThat(complete("")).contains("check", "law", "open", "show", "close", "exit", "quit", "import")
        .doesNotContain("shell");
  }

  @Test
  void optionsAndTheirValues() {
    assertThat(complete("check --")).contains("--format", "--lang", "--baseline", "--quality");
    assertThat(complete("check x --format ")).containsExactly("table", "json", "csv", "geojson");
    assertThat(complete("diff a b --format ")).contains("json");
    assertThat(complete("law --lang ")).containsExactly("zh", "en");
    assertThat(complete("inspect --quality ")).containsExactly("detect", "observe", "recognise", "identify");
    assertThat(complete("fov x --quality ")).contains("identify");
  }

  @Test
  void articleNumbers() {
    assertThat(complete("law ")).startsWith("1", "2", "3").contains("9", "19", "28").hasSize(28);
  }

  @Test
  void articleNumbersOfTheLawChosen() {
    assertThat(complete("law --law ")).containsExactly("cq2009", "cn2025");
    assertThat(complete("law --law cn2025 ")).startsWith("1", "2", "3").contains("34").hasSize(34);
    assertThat(complete("law --law=cn2025 ")).hasSize(34);
    assertThat(complete("law --lang en --law cq2009 ")).hasSize(28);
    // a citation must exist in each law named
    assertThat(complete("law --law cn2025,cq2009 ")).hasSize(28);
  }

  @Test
  void articleNumbersOfTheShellsLawWhereTheLineNamesNone() {
    completer = new ShellCompleter(
        Shell.commands(Main::commandLine, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            session, java.util.List.of(org.camsurvey.model.LawId.CN2025)).getCommandSpec(),
        session);

    assertThat(complete("law ")).hasSize(34);
    assertThat(complete("law --law cq2009 ")).hasSize(28);
  }

  @Test
  void filePaths(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("surveys/jiefangbei"));
    assertThat(complete("check " + folder.resolve("surveys") + "/jie")).singleElement().asString().endsWith("jiefangbei/");
    assertThat(complete("check --baseline " + folder + "/sur")).singleElement().asString().endsWith("surveys/");
    assertThat(complete("import x y -o " + folder + "/sur")).singleElement().asString().endsWith("surveys/");
  }

  @Test
  void layersAndCamerasOfTheOpenSurvey() {
    assertThat(complete("show ")).isEmpty();
    Path sample = Path.of(SampleSurveys.sample("jiefangbei").toString());
    session.open(new OpenSurvey(sample, ImportOptions.defaults(), SurveyReader.read(sample, ImportOptions.defaults())));

    assertThat(complete("show ")).contains("cameras", "zones", "sites", "obstacles", "B-03", "H3-02", "ST-07")
        .doesNotContain("Z-B-02");
  }
}
