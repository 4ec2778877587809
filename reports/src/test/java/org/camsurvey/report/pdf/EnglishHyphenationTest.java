package org.camsurvey.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * An English document laid out in narrow columns: every line that ends inside a word ends with a
 * hyphen at a point the US English patterns allow, and ids, dates and numbers with units stand
 * whole on one line.
 */
class EnglishHyphenationTest {
  private static final String SHA = "ab".repeat(32);
  private static final LocalDate DATE = LocalDate.of(2023, 9, 1);
  private static final String WORDS = "administrative rectification surveillance information "
      + "responsibilities communications notwithstanding characteristically ";
  private static final List<String> WHOLE = List.of("Z-ST-02", "JFB-HOTEL-3F", "cam_north", "2023-09-01", "48.04");

  @Test
  void noEnglishWordIsBrokenWithoutAHyphenAndNoIdIsBrokenAtAll() throws IOException {
    String text = (WORDS + String.join(" ", WHOLE) + " m² ").repeat(6).strip();
    DocumentInfo info = new DocumentInfo(DocumentInfo.number("INS", DATE, SHA), DATE, "fixture", SHA, Language.EN, "test");
    DocumentBuilder doc = new DocumentBuilder("hyphenation", info.text());
    doc.paragraph(text);
    DocumentBuilder.TableBuilder t = doc.table(17, 23, 29, 31);
    for (int i = 0; i < 4; i++) {
      t.cell(text);
    }
    t.add();
    DocumentModel model = doc.build();

    List<String> lines = PdfText.of(PdfRenderer.render(model, info, DocumentFont.bundled()).pdf()).lines()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("---") && !l.startsWith("Document no.")
            && !l.startsWith("Survey SHA-256")).toList();
    Set<String> words = new HashSet<>(Arrays.asList((WORDS + String.join(" ", WHOLE) + " m²").split(" ")));
    List<String> broken = new ArrayList<>();
    int hyphenated = 0;
    for (int i = 0; i < lines.size(); i++) {
      // a table's cells side by side come out as one line: each cell's words are tokens all the same
      String[] tokens = lines.get(i).split("\\s+");
      for (int k = 0; k < tokens.length; k++) {
        String token = tokens[k];
        if (words.contains(token)) {
          continue;
        }
        if (token.endsWith("-") && token.length() > 1 && words.stream().anyMatch(w -> w.startsWith(token.substring(0, token.length() - 1))
            && org.camsurvey.report.Hyphenation.points(w).contains(token.length() - 1))) {
          hyphenated++;
          continue;
        }
        if (words.stream().anyMatch(w -> w.length() > token.length() && w.endsWith(token) && !WHOLE.contains(w)
            && org.camsurvey.report.Hyphenation.points(w).contains(w.length() - token.length()))) {
          continue;
        }
        broken.add(lines.get(i) + "  [" + token + "]");
      }
    }
    assertThat(broken).as("tokens that are neither a word, nor a word's part at a hyphenation point").isEmpty();
    assertThat(hyphenated).as("narrow columns do hyphenate").isPositive();
  }
}
