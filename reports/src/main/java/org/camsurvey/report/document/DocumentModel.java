package org.camsurvey.report.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The document without its parts ({@link Block.Part}): what comes before the first. */
  public DocumentModel beforeParts() {
    int first = 0;
    while (first < blocks.size() && !(blocks.get(first) instanceof Block.Part)) {
      first++;
    }
    return new DocumentModel(title, blocks.subList(0, first));
  }

  /**
   * Each part as a document of its own, by its number, in order: its blocks up to the next part,
   * titled by its first title.
   */
  public Map<String, DocumentModel> parts() {
    Map<String, DocumentModel> parts = new LinkedHashMap<>();
    String number = null;
    List<Block> part = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Part next) {
        if (number != null) {
          parts.put(number, titled(part));
        }
        number = next.number();
        part = new ArrayList<>();
      } else if (number != null) {
        part.add(b);
      }
    }
    if (number != null) {
      parts.put(number, titled(part));
    }
    return parts;
  }

  private DocumentModel titled(List<Block> part) {
    String own = part.stream().filter(Block.Title.class::isInstance).map(b -> ((Block.Title) b).text()).findFirst()
        .orElse(title);
    return new DocumentModel(own, part);
  }

  /** The text of every block in order, one line per paragraph or cell line; maps give their titles. */
  public List<String> lines() {
    return blocks.stream().flatMap(b -> b.lines().stream()).toList();
  }
}
