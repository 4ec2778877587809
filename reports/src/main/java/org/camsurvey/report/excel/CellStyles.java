package org.camsurvey.report.excel;

import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of camsurvey's workbooks, made once per workbook, and cells written by the type
 * of their value: a date as a date Excel and WPS sort and filter ({@code yyyy-mm-dd}), a {@link
 * Share} as a percentage, a number as a number, a long text wrapped in its column.
 */
final class CellStyles {
  /** Texts longer than this wrap in their column rather than run across the next ones. */
  static final int WRAP_PAST = 40;

  /** A fraction shown as a percentage: 0.377 as 37.7%. */
  record Share(double fraction) {}

  /** A link to a file beside the workbook, by a path relative to it. */
  record Link(String label, String relativePath) {}

  final CellStyle header;
  final CellStyle plain;
  final CellStyle date;
  final CellStyle percent;
  final CellStyle wrapped;
  final CellStyle link;
  private final Workbook book;

  CellStyles(Workbook book) {
    this.book = book;
    plain = book.getCellStyleAt(0);
    plain.setVerticalAlignment(VerticalAlignment.TOP);
    header = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    date = styled(book.createDataFormat().getFormat("yyyy-mm-dd"));
    percent = styled(book.createDataFormat().getFormat("0.0%"));
    wrapped = book.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    link = book.createCellStyle();
    Font underlined = book.createFont();
    underlined.setUnderline(Font.U_SINGLE);
    underlined.setColor(IndexedColors.BLUE.getIndex());
    link.setFont(underlined);
    link.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private CellStyle styled(short format) {
    CellStyle style = book.createCellStyle();
    style.setDataFormat(format);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  /** A header row of titles. */
  void header(Row row, String... titles) {
    for (int i = 0; i < titles.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(header);
    }
  }

  /** A row of values, each styled by its type; a null leaves its cell out. */
  void row(Row row, Object... values) {
    for (int i = 0; i < values.length; i++) {
      put(row, i, values[i]);
    }
  }

  void put(Row row, int column, Object value) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (value instanceof Share s) {
      cell.setCellValue(s.fraction());
      cell.setCellStyle(percent);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(plain);
    } else if (value instanceof Link l) {
      cell.setCellValue(l.label());
      Hyperlink hyperlink = book.getCreationHelper().createHyperlink(HyperlinkType.FILE);
      // the file's own name may hold %XX escapes: the link is a URI, whose % must itself be escaped
      hyperlink.setAddress(l.relativePath().replace("%", "%25"));
      cell.setHyperlink(hyperlink);
      cell.setCellStyle(link);
    } else {
      String text = value.toString();
      cell.setCellValue(text);
      cell.setCellStyle(text.length() > WRAP_PAST ? wrapped : plain);
    }
  }
}
