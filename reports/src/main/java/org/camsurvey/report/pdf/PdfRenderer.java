package org.camsurvey.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.document.Block;
import org.camsurvey.report.document.Cell;
import org.camsurvey.report.document.DocumentModel;

/** Lays a {@link DocumentModel} out as an A4 PDF, block by block, through {@link PdfLayout}. */
public final class PdfRenderer {
  /** One image object per photo: a photo beside several findings is embedded once. */
  private final Map<Cell.Picture, Image> images = new IdentityHashMap<>();
  private final PdfLayout layout;

  private PdfRenderer(PdfLayout layout) {
    this.layout = layout;
  }

  /** The document's bytes and where its signature blocks lie. */
  public static LaidOutPdf render(DocumentModel model, DocumentInfo info, DocumentFont font) {
    return render(model, info, font, new java.util.ArrayList<>());
  }

  /** How full each page of the laid-out document is, for the rule that no page of a section be left more than half empty. */
  static java.util.List<PdfLayout.PageFill> pageFills(DocumentModel model, DocumentInfo info, DocumentFont font) {
    java.util.List<PdfLayout.PageFill> fills = new java.util.ArrayList<>();
    render(model, info, font, fills);
    return fills;
  }

  private static LaidOutPdf render(DocumentModel model, DocumentInfo info, DocumentFont font,
      java.util.List<PdfLayout.PageFill> fills) {
    return PdfLayout.render(info, font, model.title(), fills, layout -> {
      PdfRenderer renderer = new PdfRenderer(layout);
      for (Block block : model.blocks()) {
        renderer.draw(block);
      }
    });
  }

  private void draw(Block block) throws DocumentException {
    if (block instanceof Block.Title t) {
      layout.title(t.text(), t.size());
    } else if (block instanceof Block.Centred c) {
      layout.centred(c.text(), c.size());
    } else if (block instanceof Block.Heading h) {
      if (h.level() == 1) {
        layout.heading(h.text());
      } else {
        layout.subheading(h.text());
      }
    } else if (block instanceof Block.Paragraph p) {
      layout.paragraph(p.text());
    } else if (block instanceof Block.Spacer s) {
      PdfPTable spacer = layout.table(1);
      PdfPCell gap = layout.cell("", 9);
      gap.setBorder(0);
      gap.setMinimumHeight(s.heightPoints());
      spacer.addCell(gap);
      layout.add(spacer);
    } else if (block instanceof Block.Part part) {
      layout.part(part.number());
    } else if (block instanceof Block.PageBreak) {
      layout.newPage();
    } else if (block instanceof Block.Table t) {
      layout.add(table(t));
    } else if (block instanceof Block.MapFigure m) {
      layout.map(m.scene(), m.site(), m.title(), m.heightPoints(), m.findings());
    }
  }

  private PdfPTable table(Block.Table model) {
    float[] widths = new float[model.widths().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = model.widths().get(i);
    }
    PdfPTable t = layout.table(widths);
    t.setHeaderRows(model.headerRows());
    t.setKeepTogether(model.keepTogether());
    for (Cell c : model.cells()) {
      PdfPCell cell = c.header() ? layout.header(String.join("\n", c.lines()), c.size())
          : c.lines().size() == 1 && c.picture() == null ? layout.cell(c.lines().get(0), c.size())
          : layout.lines(c.lines(), c.size());
      cell.setColspan(c.colspan());
      if (c.minHeightPoints() > 0) {
        cell.setMinimumHeight(c.minHeightPoints());
      }
      if (c.picture() != null) {
        cell.addElement(images.computeIfAbsent(c.picture(), PdfRenderer::image));
      }
      if (c.signature() != null) {
        cell.setCellEvent(layout.signatureBlock(c.signature().index(), c.signature().signer()));
      }
      t.addCell(cell);
    }
    if (model.keepTogether() && !fitsOrMovesLittle(t)) {
      // moved whole, it would leave more than half this page empty: it runs over, its title repeated
      t.setKeepTogether(false);
      if (model.headerRows() == 0 && model.cells().get(0).header() && model.cells().get(0).colspan() == widths.length) {
        t.setHeaderRows(1);
      }
    }
    return t;
  }

  /**
   * Whether a table kept together fits in what is left of the page, or moving it to the next
   * leaves no more than half the page empty (the half-empty page rule of docs/DECISIONS.md).
   */
  private boolean fitsOrMovesLittle(PdfPTable t) {
    t.setTotalWidth(layout.document.right() - layout.document.left());
    float left = layout.writer.getVerticalPosition(false) - layout.document.bottom();
    float page = layout.document.top() - layout.document.bottom();
    return t.getTotalHeight() + t.spacingBefore() <= left || left <= page / 2;
  }

  /** A photo as it was checked on import: a JPEG embedded as it is, a PNG re-encoded losslessly. */
  private static Image image(Cell.Picture picture) {
    try {
      Image image = Image.getInstance(picture.bytes());
      image.scaleToFit(Math.min(image.getWidth(), picture.maxWidthPoints()),
          Math.min(image.getHeight(), picture.maxHeightPoints()));
      image.setAlignment(Image.LEFT);
      image.setSpacingBefore(3);
      return image;
    } catch (BadElementException | IOException e) {
      throw new IllegalStateException("a photo cannot be embedded: " + e.getMessage(), e);
    }
  }
}
