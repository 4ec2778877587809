package org.camsurvey.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's parts, taken apart for {@code --split}: what comes before them, and each on its own. */
class DocumentModelTest {
  private final DocumentModel model = new DocumentModel("report", List.of(
      new Block.Title("检查记录", 16), new Block.Paragraph("findings"),
      new Block.Part("N-1"), new Block.Title("通知书", 16), new Block.Paragraph("one"),
      new Block.Part("N-2"), new Block.Paragraph("two")));

  @Test
  void theDocumentBeforeItsPartsHasNoneOfThem() {
    assertThat(model.beforeParts().lines()).containsExactly("检查记录", "findings");
    assertThat(model.beforeParts().title()).isEqualTo("report");
  }

  @Test
  void eachPartIsADocumentTitledByItsFirstTitle() {
    assertThat(model.parts()).containsOnlyKeys("N-1", "N-2");
    assertThat(model.parts().get("N-1").lines()).containsExactly("通知书", "one");
    assertThat(model.parts().get("N-1").title()).isEqualTo("通知书");
    assertThat(model.parts().get("N-2").blocks()).containsExactly(new Block.Paragraph("two"));
    assertThat(model.parts().get("N-2").title()).as("a part without a title takes the document's").isEqualTo("report");
  }

  @Test
  void aDocumentWithoutPartsIsAllBeforeThem() {
    DocumentModel plain = new DocumentModel("t", List.of(new Block.Paragraph("p")));
    assertThat(plain.beforeParts()).isEqualTo(plain);
    assertThat(plain.parts()).isEmpty();
  }
}
