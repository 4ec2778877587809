package org.camsurvey.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.cli.Cli;
import org.camsurvey.cli.Cli.Run;
import org.camsurvey.cli.Golden;
import org.camsurvey.fixture.SampleSurveys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word documents {@link DocxDocumentsTest} does not cover, in Chinese and English: the
 * regulation's Art. 14 filing form and the inspection report followed by its rectification notices.
 * Each one's text (word/document.xml's, in order) is pinned by a golden file and is the PDF's, and
 * LibreOffice opens each (in CI, where it must be installed).
 */
@Tag("slow")
class DocxEveryDocumentTest {
  private static final String SAMPLE =
      Path.of("").toAbsolutePath().relativize(Path.of(SampleSurveys.sample("jiefangbei").toString())).toString();
  private static final String OFFICE = SampleSurveys.repositoryRoot().resolve("samples/office.properties").toString();
  /** Each document's golden name, with the arguments that make it but -o and --lang. */
  private static final Map<String, List<String>> DOCUMENTS = new LinkedHashMap<>();

  static {
    DOCUMENTS.put("jiefangbei-filing.cn2025", List.of("filing", SAMPLE, "--law", "cn2025", "--date", "2026-11-20"));
    DOCUMENTS.put("jiefangbei-inspect-notices", List.of("inspect", SAMPLE, "--office", OFFICE,
        "--inspector", "张伟:50010012345", "--inspector", "李娜:50010067890"));
  }

  @TempDir static Path dir;

  @BeforeAll
  static void writeTheDocuments() {
    for (Map.Entry<String, List<String>> d : DOCUMENTS.entrySet()) {
      for (String lang : List.of("zh", "en")) {
        for (String ext : List.of("docx", "pdf")) {
          List<String> args = new ArrayList<>(d.getValue());
          args.addAll(List.of("-o", file(d.getKey(), lang, ext).toString(), "--lang", lang));
          Run run = Cli.run(args.toArray(String[]::new));
          assertThat(run.exitCode()).as(run.toString()).isZero();
        }
      }
    }
  }

  private static Path file(String name, String lang, String ext) {
    return dir.resolve(name + "." + lang + "." + ext);
  }

  @Test
  void eachWordDocumentsTextMatchesItsGoldenFileAndThePdfs() throws IOException {
    for (String name : DOCUMENTS.keySet()) {
      for (String lang : List.of("zh", "en")) {
        List<String> lines = DocxDocumentsTest.lines(file(name, lang, "docx"));
        Golden.assertText(name + "." + lang + ".docx.txt", String.join("\n", lines) + "\n");
        // an English PDF hyphenates words at its line ends, which Word does as it lays out: compared without hyphens
        String pdf = DocumentCommandsTest.text(file(name, lang, "pdf")).replaceAll("[\\s\\u3000-]+", "");
        assertThat(lines).as("%s.%s", name, lang).hasSizeGreaterThan(40);
        for (String line : lines) {
          assertThat(pdf).as("%s.%s: a line of the DOCX is not in the PDF", name, lang)
              .contains(line.replaceAll("[\\s\\u3000-]+", ""));
        }
      }
    }
  }

  @Test
  void libreOfficeOpensEachWordDocument(@TempDir Path work) throws IOException, InterruptedException {
    String office = Tools.requiredLibreOffice();
    for (String name : DOCUMENTS.keySet()) {
      for (String lang : List.of("zh", "en")) {
        Path docx = file(name, lang, "docx");
        Process p = new ProcessBuilder(office, "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work.toString(), docx.toString())
            .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        Path txt = work.resolve(name + "." + lang + ".txt");
        assertThat(txt).as(said).exists();
        String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        for (String line : DocxDocumentsTest.lines(docx)) {
          assertThat(text).as("%s.%s as LibreOffice reads it", name, lang).contains(line.replaceAll("\\s+", ""));
        }
      }
    }
  }
}
