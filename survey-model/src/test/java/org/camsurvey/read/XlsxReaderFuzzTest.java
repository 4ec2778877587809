package org.camsurvey.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.survey.SurveyAssembler;

/**
 * Whatever bytes a {@code .xlsx} file holds, reading and assembling it either gives a survey or
 * fails with an {@link InputException}; nothing else escapes.
 *
 * <p>{@code mvn test} runs the method over its inputs in {@code
 * XlsxReaderFuzzTestInputs/readsAnyBytesOrRejectsThemAsInput}; with {@code JAZZER_FUZZ=1} and
 * {@code -Dtest=XlsxReaderFuzzTest} it fuzzes, and any crash it finds lands there as a new input.
 */
class XlsxReaderFuzzTest {
  private static final Statute STATUTE = Statute.of(Language.ZH);
  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesOrRejectsThemAsInput(byte[] content) throws IOException {
    Files.write(FILE, content);
    readAndAssemble(null);
    readAndAssemble("cameras");
  }

  private static void readAndAssemble(String layerFromName) {
    try {
      List<RawLayer> layers = new XlsxReader().read(FILE, "fuzz.xlsx", layerFromName, ImportOptions.defaults());
      SurveyInvariants.check(SurveyAssembler.assemble("fuzz", layers, STATUTE));
    } catch (InputException rejected) {
      SurveyInvariants.check(rejected);
    }
  }

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("xlsx-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("fuzz.xlsx");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
