package org.camsurvey.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.camsurvey.report.DocumentText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The sections of a Word document, each with the PDF's footer: its number, "page x of y" as
 * fields Word and WPS count, and the survey's hash. A document with parts (the rectification
 * notices after an inspection report, a packet per unit) makes each part a section of its own,
 * which starts a new page, numbers its pages from 1 and counts them apart (SECTIONPAGES), as the
 * PDF's footer does; the document before them counts its own pages too. A document without parts
 * is one section counting all its pages (NUMPAGES).
 */
final class DocxSections {
  /** A4 in twentieths of a point, and the PDF's margins (50 pt, 62 pt at the foot). */
  static final long PAGE_WIDTH = 11906;
  private static final long PAGE_HEIGHT = 16838;
  static final long MARGIN = 1000;
  private static final long MARGIN_FOOT = 1240;
  private static final float FOOTER_SIZE = 7.5f;

  private final XWPFDocument doc;
  private final DocumentText text;
  private final String hash;
  private final String pageCount;
  private CTSectPr current;

  /**
   * Starts the document's first section.
   *
   * @param number the document's number, for its footer
   * @param hash the survey's SHA-256, for every footer
   * @param parted whether parts follow, each to count its pages apart
   */
  DocxSections(XWPFDocument doc, DocumentText text, String number, String hash, boolean parted) {
    this.doc = doc;
    this.text = text;
    this.hash = hash;
    this.pageCount = parted ? "SECTIONPAGES" : "NUMPAGES";
    current = section(number, false);
  }

  /** Ends the section in progress with the body's last paragraph, and starts a part's, on a new page. */
  void part(String number) {
    List<IBodyElement> body = doc.getBodyElements();
    XWPFParagraph last = !body.isEmpty() && body.get(body.size() - 1) instanceof XWPFParagraph p ? p
        : doc.createParagraph();
    CTPPr properties = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
    properties.setSectPr(current);
    current = section(number, true);
  }

  /** Ends the last section: Word keeps its properties in the body's own. */
  void finish() {
    doc.getDocument().getBody().setSectPr(current);
  }

  private CTSectPr section(String number, boolean restart) {
    CTSectPr section = CTSectPr.Factory.newInstance();
    footer(new XWPFHeaderFooterPolicy(doc, section).createFooter(STHdrFtr.DEFAULT), number);
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN_FOOT));
    margins.setFooter(BigInteger.valueOf(500));
    margins.setHeader(BigInteger.valueOf(500));
    if (restart) {
      section.addNewPgNumType().setStart(BigInteger.ONE);
    }
    return section;
  }

  private void footer(XWPFFooter footer, String number) {
    XWPFParagraph first = footer.createParagraph();
    run(first, text.text("doc.number") + " " + number, FOOTER_SIZE);
    XWPFParagraph pages = footer.createParagraph();
    pages.setAlignment(ParagraphAlignment.RIGHT);
    String pattern = text.text("footer.page");
    int page = pattern.indexOf("{0}");
    int total = pattern.indexOf("{1}");
    run(pages, pattern.substring(0, page), FOOTER_SIZE);
    field(pages, "PAGE");
    run(pages, pattern.substring(page + 3, total), FOOTER_SIZE);
    field(pages, pageCount);
    run(pages, pattern.substring(total + 3), FOOTER_SIZE);
    XWPFParagraph survey = footer.createParagraph();
    run(survey, text.text("doc.hash") + " " + hash, 6.5f);
  }

  private static void run(XWPFParagraph p, String s, float size) {
    XWPFRun r = p.createRun();
    r.setFontSize(size);
    r.setText(s);
  }

  private static void field(XWPFParagraph p, String instruction) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun code = p.createRun();
    code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    code.setFontSize(FOOTER_SIZE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    XWPFRun shown = p.createRun();
    shown.setText("1");
    shown.setFontSize(FOOTER_SIZE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}
