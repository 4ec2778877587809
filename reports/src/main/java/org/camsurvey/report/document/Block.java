package org.camsurvey.report.document;

import java.util.List;
import org.camsurvey.model.Site;
import org.camsurvey.report.map.MapFinding;
import org.camsurvey.view.Scene;

/** One block of a document: every renderer knows how to lay out each kind. */
public sealed interface Block {
  /** The block's text, line by line, as a reader finds it in either rendering. */
  List<String> lines();

  /** The document's title, centred and bold. */
  record Title(String text, float size) implements Block {
    @Override
    public List<String> lines() {
      return List.of(text);
    }
  }

  /** A centred line (the legal basis under a title). */
  record Centred(String text, float size) implements Block {
    @Override
    public List<String> lines() {
      return text.isEmpty() ? List.of() : List.of(text);
    }
  }

  /**
   * A heading, kept on one page with what follows it.
   *
   * @param level 1 for a section, 2 for a part of one
   */
  record Heading(String text, int level) implements Block {
    @Override
    public List<String> lines() {
      return List.of(text);
    }
  }

  /** A paragraph of body text. */
  record Paragraph(String text) implements Block {
    @Override
    public List<String> lines() {
      return List.of(text);
    }
  }

  /** Blank space, in points (a cover page's top margin). */
  record Spacer(float heightPoints) implements Block {
    @Override
    public List<String> lines() {
      return List.of();
    }
  }

  /**
   * What follows, up to the next part, is a document of its own (a rectification notice within an
   * inspection's documents): it starts a new page, and its pages bear its number and are counted
   * apart.
   */
  record Part(String number) implements Block {
    @Override
    public List<String> lines() {
      return List.of();
    }
  }

  /** What follows starts a new page. */
  record PageBreak() implements Block {
    @Override
    public List<String> lines() {
      return List.of();
    }
  }

  /**
   * A table: its columns' relative widths and its cells row by row (a cell may span columns).
   *
   * @param headerRows rows repeated at the top of every page the table runs over
   * @param keepTogether whether the table is moved whole to the next page rather than split
   */
  record Table(List<Float> widths, int headerRows, boolean keepTogether, List<Cell> cells) implements Block {
    public Table {
      widths = List.copyOf(widths);
      cells = List.copyOf(cells);
    }

    @Override
    public List<String> lines() {
      return cells.stream().flatMap(c -> c.lines().stream()).filter(s -> !s.isEmpty()).toList();
    }

    /** The cells in rows, spans counted. */
    public List<List<Cell>> rows() {
      List<List<Cell>> rows = new java.util.ArrayList<>();
      List<Cell> row = new java.util.ArrayList<>();
      int used = 0;
      for (Cell c : cells) {
        row.add(c);
        used += c.colspan();
        if (used >= widths.size()) {
          rows.add(row);
          row = new java.util.ArrayList<>();
          used = 0;
        }
      }
      if (!row.isEmpty()) {
        rows.add(row);
      }
      return rows;
    }
  }

  /** A site's map at the width of the text, with its title, marking the findings by their numbers in the text. */
  record MapFigure(Scene scene, Site site, String title, float heightPoints, List<MapFinding> findings) implements Block {
    @Override
    public List<String> lines() {
      return List.of(title);
    }
  }
}
