package org.camsurvey.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.camsurvey.model.Site;
import org.camsurvey.read.Sha256;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.map.MapFinding;
import org.camsurvey.report.document.Typesetting;
import org.camsurvey.report.map.SiteMap;
import org.camsurvey.view.Scene;

/**
 * One A4 document being laid out: the OpenPDF document and writer, the embedded font, the
 * footer on every page (number, page x of y, the survey's SHA-256), and the few kinds of block
 * the documents are made of.
 *
 * <p>A document is laid out twice: the first pass counts the pages the footer names. Dates,
 * the file identifier and the font's subset tag come from the {@link DocumentInfo}, so the same
 * inputs give the same bytes.
 */
final class PdfLayout {
  static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
  static final float BODY = Typesetting.BODY;

  /** What a document's body does with a layout. */
  interface Body {
    void write(PdfLayout layout) throws DocumentException;
  }

  final Document document;
  final PdfWriter writer;
  final BaseFont base;
  final DocumentFont font;
  final DocumentText text;
  final DocumentInfo info;
  private final List<SignatureBlock> signatureBlocks = new ArrayList<>();
  /** The first page of each part (see {@link #part}), and its number. */
  private final List<Integer> partStarts = new ArrayList<>();
  private final List<String> partNumbers = new ArrayList<>();
  /** How full each page ended, as {@link PageFill}s; where it ended for a new section or part. */
  private final List<PageFill> fills;
  private boolean sectionBreak;
  /** The lowest edge a table has drawn on the current page, or NaN: a table split over pages moves no text position. */
  private float lowestTable = Float.NaN;
  private final com.lowagie.text.pdf.PdfPTableEvent extent = (table, widths, heights, headerRows, rowStart, canvases) ->
      lowestTable = Float.isNaN(lowestTable) ? heights[heights.length - 1] : Math.min(lowestTable, heights[heights.length - 1]);

  private PdfLayout(Document document, PdfWriter writer, BaseFont base, DocumentFont font, DocumentInfo info,
      List<PageFill> fills) {
    this.fills = fills;
    this.document = document;
    this.writer = writer;
    this.base = base;
    this.font = font;
    this.text = info.text();
    this.info = info;
  }

  /** Lays a document out (twice, to count its pages) and returns its bytes and signature blocks. */
  static LaidOutPdf render(DocumentInfo info, DocumentFont font, String title, Body body) {
    return render(info, font, title, new ArrayList<>(), body);
  }

  /** Lays a document out as {@link #render(DocumentInfo, DocumentFont, String, Body)} does, telling how full each page is. */
  static LaidOutPdf render(DocumentInfo info, DocumentFont font, String title, List<PageFill> fills, Body body) {
    Pages counted = new Pages(new ArrayList<>(), new int[1]);
    pass(info, font, title, body, null, counted, new ArrayList<>());
    return pass(info, font, title, body, counted, new Pages(new ArrayList<>(), new int[1]), fills);
  }

  /**
   * How much of a page's text area its content takes, from its top.
   *
   * @param page the page, from 1
   * @param filled the share of the text area's height taken, 0 to 1
   * @param endsSection whether the page ends where a section, a part or the document ends (a
   *     new page asked for, a heading of a section that did not fit, the last page), so that
   *     room left on it is not a gap inside a section
   */
  record PageFill(int page, float filled, boolean endsSection) {}

  /** What the first pass counts: the first page of each part, and the pages in all. */
  private record Pages(List<Integer> partStarts, int[] total) {
    /** The first page, page count and index of the part page {@code page} belongs to; index -1 for the main document. */
    int[] part(int page) {
      int index = -1;
      for (int i = 0; i < partStarts.size() && partStarts.get(i) <= page; i++) {
        index = i;
      }
      int first = index < 0 ? 1 : partStarts.get(index);
      int end = index + 1 < partStarts.size() ? partStarts.get(index + 1) : total[0] + 1;
      return new int[] {first, end - first, index};
    }
  }

  private static LaidOutPdf pass(DocumentInfo info, DocumentFont font, String title, Body body, Pages totals,
      Pages counted, List<PageFill> fills) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 62);
    List<SignatureBlock> blocks;
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      BaseFont base = font.newBase(info.number() + info.surveySha256());
      PdfLayout layout = new PdfLayout(document, writer, base, font, info, fills);
      writer.setPageEvent(layout.footer(totals));
      document.addTitle(title);
      document.addSubject(info.number());
      document.addKeywords("survey-sha256:" + info.surveySha256());
      document.addCreator("camsurvey " + info.toolVersion());
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.clear();
      when.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth(), 0, 0, 0);
      document.addCreationDate();
      writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
      writer.getInfo().put(PdfName.MODDATE, new PdfDate(when));
      byte[] id = Arrays.copyOf(Sha256.of(info.number() + "\n" + info.surveySha256() + "\n" + title), 16);
      writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
      document.open();
      body.write(layout);
      layout.sectionBreak = true;
      counted.total()[0] = writer.getPageNumber();
      counted.partStarts().addAll(layout.partStarts);
      document.close();
      blocks = layout.signatureBlocks;
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF could not be laid out: " + e.getMessage(), e);
    }
    return new LaidOutPdf(out.toByteArray(), blocks);
  }

  /**
   * A cell event that records where its cell was drawn as the {@code index}-th signature block;
   * the cells given one index on one page are joined into one block.
   *
   * @param signer who signs there as the document names them, or null when it names a role
   */
  PdfPCellEvent signatureBlock(int index, String signer) {
    return (cell, position, canvases) -> {
      int page = writer.getPageNumber();
      while (signatureBlocks.size() <= index) {
        signatureBlocks.add(null);
      }
      SignatureBlock seen = signatureBlocks.get(index);
      Rectangle r = position;
      signatureBlocks.set(index, seen == null || seen.page() != page
          ? new SignatureBlock(page, r.getLeft(), r.getBottom(), r.getRight(), r.getTop(), signer)
          : new SignatureBlock(page, Math.min(seen.left(), r.getLeft()), Math.min(seen.bottom(), r.getBottom()),
              Math.max(seen.right(), r.getRight()), Math.max(seen.top(), r.getTop()), signer));
    };
  }

  /**
   * Starts a part on a new page: from there on the footer names the part's number and counts its
   * pages apart.
   */
  void part(String number) {
    sectionBreak = true;
    document.newPage();
    sectionBreak = false;
    partStarts.add(writer.getPageNumber());
    partNumbers.add(number);
  }

  /** The footer; page numbers within the main document or part, "?" for totals in the counting pass. */
  private PdfPageEventHelper footer(Pages totals) {
    return new PdfPageEventHelper() {
      @Override
      public void onEndPage(PdfWriter w, Document d) {
        float height = d.top() - d.bottom();
        float lowest = Float.isNaN(lowestTable) ? w.getVerticalPosition(false) : Math.min(lowestTable, w.getVerticalPosition(false));
        fills.add(new PageFill(w.getPageNumber(), (d.top() - lowest) / height, sectionBreak));
        lowestTable = Float.NaN;
        PdfContentByte cb = w.getDirectContent();
        float left = d.left();
        float right = d.right();
        float y = d.bottom() - 22;
        cb.saveState();
        cb.setLineWidth(0.4f);
        cb.setColorStroke(Color.GRAY);
        cb.moveTo(left, y + 10);
        cb.lineTo(right, y + 10);
        cb.stroke();
        cb.restoreState();
        int current = w.getPageNumber();
        int part = partStarts.size() - 1;
        String number = part < 0 ? info.number() : partNumbers.get(part);
        String page;
        if (totals == null) {
          page = text.format("footer.page", current, "?");
        } else {
          int[] span = totals.part(current);
          page = text.format("footer.page", current - span[0] + 1, span[1]);
        }
        show(cb, text.text("doc.number") + " " + number, left, y, 7.5f, Element.ALIGN_LEFT);
        show(cb, page, right, y, 7.5f, Element.ALIGN_RIGHT);
        show(cb, text.text("doc.hash") + " " + info.surveySha256(), left, y - 10, 6.5f, Element.ALIGN_LEFT);
      }
    };
  }

  private void show(PdfContentByte cb, String s, float x, float y, float size, int align) {
    cb.beginText();
    cb.setFontAndSize(base, size);
    cb.setColorFill(Color.DARK_GRAY);
    cb.showTextAligned(align, font.check(s), x, y, 0);
    cb.endText();
  }

  Font fontOf(float size) {
    return new Font(base, size);
  }

  /**
   * A run of text; bold is drawn by stroking the glyphs (only the Regular weight is shipped). In
   * an English document its words are hyphenated where one overflows the line.
   */
  Chunk chunk(String s, float size, boolean bold) {
    String checked = font.check(s);
    Chunk c = new Chunk(checked, fontOf(size));
    c.setSplitCharacter(ChineseLineBreaks.INSTANCE);
    if (text.language() == org.camsurvey.model.Language.EN) {
      // English words overflowing a line are hyphenated, never cut without a hyphen
      c.setHyphenation(new EnglishHyphenation(checked));
    }
    if (bold) {
      c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, null);
    }
    return c;
  }

  Phrase phrase(String s, float size, boolean bold) {
    Phrase p = new Phrase(size * Typesetting.LEADING, "", fontOf(size));
    p.add(chunk(s, size, bold));
    return p;
  }

  /** A paragraph whose every part, its spacing included, is set in the embedded font. */
  Paragraph para(String s, float size, boolean bold) {
    Paragraph p = new Paragraph(size * Typesetting.LEADING, "", fontOf(size));
    p.add(chunk(s, size, bold));
    return p;
  }

  /** Starts a new page unless this much height (points) is left on the current one. */
  void room(float height) {
    if (writer.getVerticalPosition(false) - document.bottom() < height) {
      document.newPage();
    }
  }

  void add(Element e) throws DocumentException {
    document.add(e);
  }

  void title(String s, float size) throws DocumentException {
    Paragraph p = para(s, size, true);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(6);
    add(p);
  }

  void centred(String s, float size) throws DocumentException {
    Paragraph p = para(s, size, false);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(4);
    add(p);
  }

  void heading(String s) throws DocumentException {
    sectionBreak = true;
    room(120);
    sectionBreak = false;
    Paragraph p = para(s, Typesetting.HEADING, true);
    p.setSpacingBefore(12);
    p.setSpacingAfter(6);
    p.setKeepTogether(true);
    add(p);
  }

  void subheading(String s) throws DocumentException {
    room(160);
    Paragraph p = para(s, Typesetting.SUBHEADING, true);
    p.setSpacingBefore(8);
    p.setSpacingAfter(4);
    add(p);
  }

  void paragraph(String s) throws DocumentException {
    Paragraph p = para(s, BODY, false);
    p.setSpacingAfter(4);
    add(p);
  }

  void newPage() {
    sectionBreak = true;
    document.newPage();
    sectionBreak = false;
  }

  PdfPTable table(float... relativeWidths) {
    PdfPTable t = new PdfPTable(relativeWidths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    t.setTableEvent(extent);
    // a row moves whole to the next page (one taller than a page is still split)
    t.setSplitLate(true);
    return t;
  }

  PdfPCell cell(String s, float size) {
    PdfPCell c = new PdfPCell(phrase(s, size, false));
    c.setPadding(3);
    c.setPaddingTop(2);
    c.setBorderColor(Color.GRAY);
    c.setBorderWidth(0.5f);
    return c;
  }

  PdfPCell header(String s, float size) {
    PdfPCell c = new PdfPCell(phrase(s, size, true));
    c.setPadding(3);
    c.setPaddingTop(2);
    c.setBackgroundColor(HEADER_FILL);
    c.setBorderColor(Color.GRAY);
    c.setBorderWidth(0.5f);
    return c;
  }

  /** A cell holding several lines, each its own paragraph. */
  PdfPCell lines(List<String> lines, float size) {
    PdfPCell c = new PdfPCell();
    c.setPadding(3);
    c.setPaddingTop(1);
    c.setBorderColor(Color.GRAY);
    c.setBorderWidth(0.5f);
    for (String line : lines) {
      Paragraph p = para(line, size, false);
      c.addElement(p);
    }
    return c;
  }

  /** A two-column table of labels and values. */
  void facts(List<String[]> rows) throws DocumentException {
    PdfPTable t = table(28, 72);
    for (String[] row : rows) {
      t.addCell(header(row[0], BODY));
      t.addCell(cell(row[1], BODY));
    }
    add(t);
  }

  /** A site's map, full width, with its title; on a new page when too little is left of this one. */
  void map(Scene scene, Site site, String caption, float height, List<MapFinding> findings) throws DocumentException {
    SiteMap map = new SiteMap(scene, text, base, font::check).numbered(findings);
    if (!map.hasContent(site)) {
      return;
    }
    float width = document.right() - document.left();
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    map.draw(template, site, 0, 0, width, height);
    Image image = Image.getInstance(template);
    PdfPTable holder = table(1);
    holder.setKeepTogether(true);
    PdfPCell title = new PdfPCell(phrase(caption, Typesetting.SUBHEADING, true));
    title.setBorder(0);
    title.setPaddingBottom(4);
    holder.addCell(title);
    PdfPCell picture = new PdfPCell(image, false);
    picture.setBorder(0);
    picture.setPadding(0);
    holder.addCell(picture);
    add(holder);
  }
}
