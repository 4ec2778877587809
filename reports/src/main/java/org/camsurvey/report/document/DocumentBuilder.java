package org.camsurvey.report.document;

import java.util.ArrayList;
import java.util.List;
import org.camsurvey.model.Site;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.map.MapFinding;
import org.camsurvey.view.Scene;

/** Builds a {@link DocumentModel} block by block, in the words of one {@link DocumentText}. */
public final class DocumentBuilder {
  private final String title;
  private final DocumentText text;
  private final List<Block> blocks = new ArrayList<>();

  public DocumentBuilder(String title, DocumentText text) {
    this.title = title;
    this.text = text;
  }

  public DocumentText text() {
    return text;
  }

  public DocumentModel build() {
    return new DocumentModel(title, blocks);
  }

  public void title(String s, float size) {
    blocks.add(new Block.Title(s, size));
  }

  public void centred(String s, float size) {
    blocks.add(new Block.Centred(s, size));
  }

  public void heading(String s) {
    blocks.add(new Block.Heading(s, 1));
  }

  public void subheading(String s) {
    blocks.add(new Block.Heading(s, 2));
  }

  public void paragraph(String s) {
    blocks.add(new Block.Paragraph(s));
  }

  public void spacer(float heightPoints) {
    blocks.add(new Block.Spacer(heightPoints));
  }

  /** Starts a document of its own within this one (see {@link Block.Part}). */
  public void part(String number) {
    blocks.add(new Block.Part(number));
  }

  public void newPage() {
    blocks.add(new Block.PageBreak());
  }

  /** A site's map with its title; nothing for a site with no outline, zone or camera to draw. */
  public void map(Scene scene, Site site, float heightPoints) {
    map(scene, site, heightPoints, List.of());
  }

  /** A site's map marking the findings with the numbers the text gives them. */
  public void map(Scene scene, Site site, float heightPoints, List<MapFinding> findings) {
    String id = site.siteId();
    if (site.boundary() == null && scene.survey().zones().stream().noneMatch(z -> z.siteId().equals(id))
        && scene.survey().cameras().stream().noneMatch(c -> c.siteId().equals(id))) {
      return;
    }
    String name = site.name() == null ? site.siteId() : site.siteId() + "  " + site.name();
    blocks.add(new Block.MapFigure(scene, site, text.format("map.title", name), heightPoints, findings));
  }

  /** A table of these relative column widths, added when {@link TableBuilder#add} is called. */
  public TableBuilder table(float... relativeWidths) {
    return new TableBuilder(relativeWidths);
  }

  /** A two-column table of labels and values. */
  public void facts(List<String[]> rows) {
    TableBuilder t = table(28, 72);
    for (String[] row : rows) {
      t.header(row[0]);
      t.cell(row[1]);
    }
    t.add();
  }

  /** A table being filled row by row, cell by cell. */
  public final class TableBuilder {
    private final List<Float> widths = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private int headerRows;
    private boolean keepTogether;

    private TableBuilder(float[] relativeWidths) {
      for (float w : relativeWidths) {
        widths.add(w);
      }
    }

    public TableBuilder headerRows(int rows) {
      headerRows = rows;
      return this;
    }

    public TableBuilder keepTogether() {
      keepTogether = true;
      return this;
    }

    public TableBuilder header(String s) {
      return add(new Cell(List.of(s), true, 1, 0, Typesetting.TABLE, null, null));
    }

    public TableBuilder cell(String s) {
      return add(new Cell(List.of(s), false, 1, 0, Typesetting.TABLE, null, null));
    }

    /** A cell of several lines, each its own paragraph. */
    public TableBuilder lines(List<String> lines) {
      return add(new Cell(lines, false, 1, 0, Typesetting.TABLE, null, null));
    }

    public TableBuilder add(Cell cell) {
      cells.add(cell);
      return this;
    }

    /** The table, into the document. */
    public void add() {
      blocks.add(new Block.Table(widths, headerRows, keepTogether, cells));
    }
  }

  /** A header cell across {@code columns} columns. */
  public static Cell spanningHeader(String s, int columns) {
    return new Cell(List.of(s), true, columns, 0, Typesetting.TABLE, null, null);
  }

  /** An empty cell this tall, where one signs or writes by hand; a signature block where a mark is given. */
  public static Cell blank(float minHeightPoints, Cell.SignatureMark signature) {
    return new Cell(List.of(""), false, 1, minHeightPoints, Typesetting.TABLE, null, signature);
  }
}
