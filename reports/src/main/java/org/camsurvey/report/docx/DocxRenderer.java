package org.camsurvey.report.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.Block;
import org.camsurvey.report.document.Cell;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.report.document.Typesetting;
import org.camsurvey.report.map.SiteMapImages;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Lays a {@link DocumentModel} out as a Word document an office can edit in WPS or Word before
 * stamping it: real tables (header rows repeated on every page, rows that do not split), headings
 * kept with what follows, the evidence photos and the site maps embedded, page numbers as fields
 * ({@link DocxSections}: each part a section counting its own pages),
 * and Chinese set in 宋体 (SimSun, which every Chinese Windows, WPS and Word have) with Latin text in
 * Times New Roman. Sizes and leading are those of the PDF ({@link Typesetting}).
 *
 * <p>The bytes are reproducible: the package's dates are the document's date and every zip entry
 * bears it ({@link StableZip}).
 */
public final class DocxRenderer {
  /** The width of the text, in twentieths of a point. */
  private static final long TEXT_WIDTH = DocxSections.PAGE_WIDTH - 2 * DocxSections.MARGIN;
  static final String CHINESE_FONT = "宋体";
  static final String LATIN_FONT = "Times New Roman";
  private static final String HEADER_FILL = "E8ECF2";

  private final XWPFDocument doc = new XWPFDocument();
  private final DocumentText text;
  private final DocxSections sections;

  private DocxRenderer(DocumentModel model, DocumentInfo info) {
    this.text = info.text();
    boolean parted = model.blocks().stream().anyMatch(Block.Part.class::isInstance);
    this.sections = new DocxSections(doc, text, info.number(), info.surveySha256(), parted);
  }

  /** The document's bytes. */
  public static byte[] render(DocumentModel model, DocumentInfo info) {
    DocxRenderer r = new DocxRenderer(model, info);
    try {
      r.setUp(model, info);
      for (Block block : model.blocks()) {
        r.draw(block);
      }
      r.sections.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      r.doc.write(out);
      r.doc.close();
      return StableZip.rewrite(out.toByteArray(), info.date().atStartOfDay());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void setUp(DocumentModel model, DocumentInfo info) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(LATIN_FONT);
    fonts.setHAnsi(LATIN_FONT);
    fonts.setEastAsia(CHINESE_FONT);
    fonts.setCs(LATIN_FONT);
    XWPFStyles styles = doc.createStyles();
    styles.setDefaultFonts(fonts);
    styles.addStyle(heading("Heading1", "heading 1", 0, Typesetting.HEADING));
    styles.addStyle(heading("Heading2", "heading 2", 1, Typesetting.SUBHEADING));
    if (info.text().language() == org.camsurvey.model.Language.EN) {
      // Word and WPS hyphenate English as the PDF does, by the text's language
      styles.setSpellingLanguage("en-US");
      doc.getSettings().getCTSettings().addNewAutoHyphenation();
    }
    var core = doc.getProperties().getCoreProperties();
    Date when = Date.from(info.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setTitle(model.title());
    core.setSubjectProperty(info.number());
    core.setKeywords("survey-sha256:" + info.surveySha256());
    core.setCreator("camsurvey " + info.toolVersion());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.getUnderlyingProperties().setLastModifiedByProperty(Optional.of("camsurvey"));
  }

  /** A heading style, so that Word's and WPS's navigation and table of contents find the sections. */
  private static XWPFStyle heading(String id, String name, int outlineLevel, float size) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewBasedOn().setVal("Normal");
    style.addNewQFormat();
    CTPPrGeneral p = style.addNewPPr();
    p.addNewKeepNext();
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    CTRPr r = style.addNewRPr();
    r.addNewB();
    r.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
    return new XWPFStyle(style);
  }

  private void draw(Block block) {
    if (block instanceof Block.Title t) {
      XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
      p.setSpacingAfter(120);
      run(p, t.text(), t.size(), true);
    } else if (block instanceof Block.Centred c) {
      XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
      p.setSpacingAfter(80);
      run(p, c.text(), c.size(), false);
    } else if (block instanceof Block.Heading h) {
      XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
      p.setStyle(h.level() == 1 ? "Heading1" : "Heading2");
      p.setKeepNext(true);
      p.setSpacingBefore(h.level() == 1 ? 240 : 160);
      p.setSpacingAfter(h.level() == 1 ? 120 : 80);
      run(p, h.text(), h.level() == 1 ? Typesetting.HEADING : Typesetting.SUBHEADING, true);
    } else if (block instanceof Block.Paragraph para) {
      XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
      p.setSpacingAfter(80);
      run(p, para.text(), Typesetting.BODY, false);
    } else if (block instanceof Block.Spacer s) {
      paragraph(ParagraphAlignment.LEFT).setSpacingBefore((int) (s.heightPoints() * 20));
    } else if (block instanceof Block.Part part) {
      sections.part(part.number());
    } else if (block instanceof Block.PageBreak) {
      paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
    } else if (block instanceof Block.Table t) {
      table(t);
    } else if (block instanceof Block.MapFigure m) {
      map(m);
    }
  }

  /**
   * A site's map under its title, kept with it, as the PDF draws it (a PNG at 300 dpi the width of
   * the text, the title as its alternative text); nothing, as in the PDF, where there is nothing to draw.
   */
  private void map(Block.MapFigure m) {
    SiteMapImages images = SiteMapImages.numbered(m.scene(), text, m.findings());
    if (!images.hasContent(m.site())) {
      return;
    }
    XWPFParagraph title = paragraph(ParagraphAlignment.LEFT);
    title.setKeepNext(true);
    title.setSpacingBefore(160);
    title.setSpacingAfter(80);
    run(title, m.title(), Typesetting.SUBHEADING, true);
    float width = TEXT_WIDTH / 20f;
    byte[] png = images.figurePng(m.site(), width, m.heightPoints());
    XWPFParagraph figure = doc.createParagraph();
    figure.setSpacingAfter(120);
    try {
      XWPFRun run = figure.createRun();
      run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "map-" + m.site().siteId() + ".png",
          Units.toEMU(width), Units.toEMU(m.heightPoints()));
      run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(m.title());
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("a map cannot be embedded: " + e.getMessage(), e);
    }
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingBetween(Typesetting.LEADING, LineSpacingRule.AUTO);
    return p;
  }

  /** A run of text; a line break in it becomes a Word line break (a literal one shows as a space). */
  private static XWPFRun run(XWPFParagraph p, String s, float size, boolean bold) {
    XWPFRun r = p.createRun();
    r.setFontSize(size);
    r.setBold(bold);
    String[] lines = s.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i], i);
    }
    return r;
  }

  private void table(Block.Table model) {
    List<List<Cell>> rows = model.rows();
    XWPFTable table = doc.createTable();
    CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
        : table.getCTTbl().getTblPr().addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(TEXT_WIDTH));
    float total = (float) model.widths().stream().mapToDouble(Float::doubleValue).sum();
    long[] columns = new long[model.widths().size()];
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int i = 0; i < columns.length; i++) {
      columns[i] = Math.round(TEXT_WIDTH * model.widths().get(i) / total);
      grid.addNewGridCol().setW(BigInteger.valueOf(columns[i]));
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
      row.setCantSplitRow(true);
      if (r < model.headerRows()) {
        row.setRepeatHeader(true);
      }
      int column = 0;
      int index = 0;
      for (Cell c : rows.get(r)) {
        XWPFTableCell cell = index < row.getTableCells().size() ? row.getCell(index) : row.addNewTableCell();
        long cellWidth = 0;
        for (int k = column; k < Math.min(columns.length, column + c.colspan()); k++) {
          cellWidth += columns[k];
        }
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(cellWidth));
        if (c.colspan() > 1) {
          tcPr.addNewGridSpan().setVal(BigInteger.valueOf(c.colspan()));
        }
        fill(cell, c, model.keepTogether());
        if (c.minHeightPoints() > 0) {
          row.setHeight((int) Math.max(row.getHeight(), c.minHeightPoints() * 20));
        }
        column += c.colspan();
        index++;
      }
      // createRow copies the first row's cell count: drop what a row with spans does not use
      while (row.getTableCells().size() > index) {
        row.removeCell(row.getTableCells().size() - 1);
      }
    }
    paragraph(ParagraphAlignment.LEFT).setSpacingAfter(0);
  }

  private void fill(XWPFTableCell cell, Cell c, boolean keepTogether) {
    if (c.header()) {
      cell.setColor(HEADER_FILL);
    }
    List<String> lines = c.lines().isEmpty() ? List.of("") : c.lines();
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      p.setSpacingBetween(Typesetting.LEADING, LineSpacingRule.AUTO);
      p.setSpacingAfter(0);
      p.setKeepNext(keepTogether);
      if (!lines.get(i).isEmpty()) {
        run(p, lines.get(i), c.size(), c.header());
      }
    }
    if (c.picture() != null) {
      picture(cell.addParagraph(), c.picture());
    }
  }

  private static void picture(XWPFParagraph p, Cell.Picture picture) {
    byte[] bytes = picture.bytes();
    boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    double scale = Math.min(1, Math.min(picture.maxWidthPoints() / picture.widthPixels(),
        picture.maxHeightPoints() / picture.heightPixels()));
    try {
      p.createRun().addPicture(new ByteArrayInputStream(bytes), jpeg ? Document.PICTURE_TYPE_JPEG
          : Document.PICTURE_TYPE_PNG, jpeg ? "photo.jpg" : "photo.png",
          Units.toEMU(picture.widthPixels() * scale), Units.toEMU(picture.heightPixels() * scale));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("a photo cannot be embedded: " + e.getMessage(), e);
    }
  }
}
