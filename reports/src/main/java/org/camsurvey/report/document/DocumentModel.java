package org.camsurvey.report.document;

import java.util.List;

/**
 * A document as its renderers take it: its title and its blocks in reading order. The filing
 * packet and the inspection report are built once as a model, and the PDF and the DOCX are both
 * laid out from it, so that the two never say different things.
 *
 * @param title the document's title, for the file's properties
 * @param blocks what the document says, in order
 */
public record DocumentModel(String title, List<Block> blocks) {
  public DocumentModel {
    blocks = List.copyOf(blocks);
  }

  /** The text of every block in order, one line per paragraph or cell line; maps give their titles. */
  public List<String> lines() {
    return blocks.stream().flatMap(b -> b.lines().stream()).toList();
  }
}
