package org.camsurvey.report.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.law.Checklist;
import org.camsurvey.law.RegulationChecklist;
import org.camsurvey.law.Statute;
import org.camsurvey.model.Language;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.SiteClass;
import org.camsurvey.read.FieldType;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.LayerSchema;

/**
 * The blank survey workbook of {@code camsurvey template}: one sheet per layer of docs/SURVEY-FORMAT.md,
 * named after it, with the canonical field names in row 1 (frozen) and their meaning, in Chinese
 * and English, in each header cell's comment; drop-down lists for the coded fields; number and
 * date checks; {@code lon}/{@code lat} columns on point layers and a {@code wkt} column on polygon
 * layers; and a sheet {@value #FIELDS_SHEET} explaining every field and listing the checklist's
 * duties as the statute words them; and a sheet {@value #REGULATION_SHEET} listing the 2025
 * regulation's.
 *
 * <p>Row 1 is the only header row, so a filled-in template reads back as a survey with no
 * special case: the meanings live in comments and in the explanation sheet, not in a second row.
 */
public final class SurveyTemplate {
  /** The explanation sheet; not a layer name, so readers pass it by. */
  public static final String FIELDS_SHEET = "说明 Fields";
  /** The 2025 regulation's checklist duties; not a layer name either. */
  public static final String REGULATION_SHEET = "条例检查项 cn2025 checklist";

  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
  private static final Pattern WORKSHEET_TYPE = Pattern.compile(
      "<Override[^>]*spreadsheetml\\.worksheet\\+xml[^>]*/>");
  /**
   * The time every zip entry bears, since a blank template has no date of its own and is to be the
   * same bytes each time it is written: the earliest zip holds as a local time alone (at 1980-01-01
   * 00:00 itself, Java adds an instant made in the writer's time zone).
   */
  private static final LocalDateTime STAMP = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
  private static final String TEXT_FORMAT = "@";
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

  /** A column of a layer sheet: a field of the schema, or a geometry column. */
  private record Column(String name, FieldType type, boolean required, String zh, String en) {}

  private final Language language;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle requiredHeader;
  private final CellStyle text;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final CellStyle wrap;
  private final CellStyle bold;

  private SurveyTemplate(Language language) {
    this.language = language;
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    header = headerStyle(boldFont, IndexedColors.GREY_25_PERCENT);
    requiredHeader = headerStyle(boldFont, IndexedColors.LIGHT_ORANGE);
    text = format(TEXT_FORMAT);
    date = format(DATE_FORMAT);
    dateTime = format(DATE_TIME_FORMAT);
    wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);
  }

  /**
   * Writes the template.
   *
   * @param language the language that comes first in comments and messages (both are given)
   * @param out where to write; not closed
   */
  public static void write(Language language, OutputStream out) throws IOException {
    SurveyTemplate template = new SurveyTemplate(language);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = template.workbook) {
      for (LayerSchema schema : LayerSchema.ALL) {
        template.layerSheet(schema);
      }
      template.fieldsSheet();
      RegulationSheet.write(template.workbook, template.header, template.bold, template.wrap);
      wb.setActiveSheet(wb.getSheetIndex(LayerName.CAMERAS.id()));
      wb.setSelectedTab(wb.getSheetIndex(LayerName.CAMERAS.id()));
      // POI dates a new workbook with the time of writing; a blank form has no date of its own
      wb.getProperties().getCoreProperties().setCreated(Optional.empty());
      wb.write(bytes);
    }
    out.write(worksheetTypesFirst(bytes.toByteArray()));
    out.flush();
  }

  /**
   * The same workbook with the worksheets' content types listed first in {@code
   * [Content_Types].xml}. The order means nothing to OPC, but GDAL's XLSX driver (3.6) looks for
   * a worksheet type in the file's first 2 KB only, past which POI puts it once a workbook has
   * comments; GDAL then refuses to open the workbook.
   */
  static byte[] worksheetTypesFirst(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 256);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals("[Content_Types].xml")) {
          data = reorder(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(STAMP);
        zip.putNextEntry(copy);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String reorder(String types) {
    Matcher m = WORKSHEET_TYPE.matcher(types);
    StringBuilder worksheets = new StringBuilder();
    while (m.find()) {
      worksheets.append(m.group());
    }
    int start = types.indexOf('>', types.indexOf("<Types")) + 1;
    if (worksheets.length() == 0 || start <= 0) {
      return types;
    }
    String rest = WORKSHEET_TYPE.matcher(types.substring(start)).replaceAll("");
    return types.substring(0, start) + worksheets + rest;
  }

  /** The columns of a layer's sheet: its fields, then where it stands. */
  private static List<Column> columns(LayerSchema schema) {
    List<Column> columns = new ArrayList<>();
    for (LayerSchema.Field f : schema.fields()) {
      columns.add(new Column(f.name(), f.type(), f.required(), f.zh(), f.en()));
    }
    switch (schema.geometry()) {
      case POINT -> {
        columns.add(new Column("lon", FieldType.REAL, true, "经度（WGS 84，十进制度）",
            "longitude (WGS 84, decimal degrees)"));
        columns.add(new Column("lat", FieldType.REAL, true, "纬度（WGS 84，十进制度）",
            "latitude (WGS 84, decimal degrees)"));
      }
      case POLYGON -> columns.add(new Column("wkt", FieldType.TEXT, schema.layer() == LayerName.ZONES,
          "范围：WKT 多边形（WGS 84 经度 纬度），如 POLYGON ((106.57 29.55, 106.58 29.55, 106.58 29.56, 106.57 29.55))",
          "area: a WKT polygon (WGS 84 lon lat), e.g. POLYGON ((106.57 29.55, 106.58 29.55, 106.58 29.56, 106.57 29.55))"));
      case LINE_OR_POLYGON -> columns.add(new Column("wkt", FieldType.TEXT, true,
          "形状：WKT 线或多边形（WGS 84 经度 纬度），如 LINESTRING (106.57 29.55, 106.58 29.55)",
          "shape: a WKT line or polygon (WGS 84 lon lat), e.g. LINESTRING (106.57 29.55, 106.58 29.55)"));
      case NONE -> { }
    }
    return columns;
  }

  private void layerSheet(LayerSchema schema) {
    Sheet sheet = workbook.createSheet(schema.layer().id());
    XSSFDrawing drawing = (XSSFDrawing) sheet.createDrawingPatriarch();
    Row row = sheet.createRow(0);
    List<Column> columns = columns(schema);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      var cell = row.createCell(c);
      cell.setCellValue(column.name());
      cell.setCellStyle(column.required() ? requiredHeader : header);
      cell.setCellComment(comment(drawing, c, column));
      CellStyle style = switch (column.type()) {
        case TEXT, BOOLEAN -> text;
        case DATE -> date;
        case DATE_TIME -> dateTime;
        default -> null;
      };
      if (style != null) {
        sheet.setDefaultColumnStyle(c, style);
      }
      int width = column.name().equals("wkt") ? 60 : switch (column.type()) {
        case DATE, DATE_TIME -> 16;
        case TEXT -> Math.max(14, column.name().length() + 4);
        default -> Math.max(10, column.name().length() + 4);
      };
      sheet.setColumnWidth(c, width * 256);
      validation(sheet, schema, c, column);
    }
    sheet.createFreezePane(0, 1);
  }

  private Comment comment(XSSFDrawing drawing, int column, Column c) {
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(column);
    anchor.setCol2(column + 4);
    anchor.setRow1(0);
    anchor.setRow2(5);
    Comment comment = drawing.createCellComment(anchor);
    String zh = c.zh() + (c.required() ? "（必填）" : "");
    String en = c.en() + (c.required() ? " (required)" : "");
    comment.setString(workbook.getCreationHelper().createRichTextString(
        language == Language.ZH ? zh + "\n" + en : en + "\n" + zh));
    comment.setAuthor("camsurvey");
    return comment;
  }

  private void validation(Sheet sheet, LayerSchema schema, int c, Column column) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint = null;
    String allowed = null;
    LayerName layer = schema.layer();
    String name = column.name();
    if (name.equals("rule")) {
      constraint = helper.createExplicitListConstraint(new String[] {"mandated", "forbidden", "sensitive"});
      allowed = "mandated / forbidden / sensitive";
    } else if (name.equals("class") && layer == LayerName.SITES) {
      String[] classes = Arrays.stream(SiteClass.values()).map(SiteClass::code).toArray(String[]::new);
      constraint = helper.createExplicitListConstraint(classes);
      allowed = String.join(" / ", classes);
    } else if (name.equals("kind") && layer == LayerName.ZONES) {
      constraint = helper.createExplicitListConstraint(
          Arrays.stream(PlaceKind.values()).map(PlaceKind::code).toArray(String[]::new));
      allowed = PlaceKind.codes();
    } else if (name.equals("item") && layer == LayerName.ZONES) {
      List<String> items = new ArrayList<>();
      Statute statute = Statute.of(Language.ZH);
      for (int article : new int[] {8, 9}) {
        int count = statute.article(article).orElseThrow().itemCount();
        for (int i = 1; i <= count; i++) {
          items.add(article + "." + i);
        }
      }
      constraint = helper.createExplicitListConstraint(items.toArray(String[]::new));
      allowed = items.get(0) + " … " + items.get(items.size() - 1);
    } else if (name.equals("cam_type")) {
      constraint = helper.createExplicitListConstraint(new String[] {"fixed", "dome", "ptz", "fisheye"});
      allowed = "fixed / dome / ptz / fisheye";
    } else if (name.equals("answer")) {
      constraint = helper.createExplicitListConstraint(new String[] {"yes", "no", "na"});
      allowed = "yes 是（符合规定 complied with）/ no 否 / na 不适用";
    } else if (name.equals("article") && layer == LayerName.CHECKLIST) {
      // the measures' articles, then the regulation's (rows whose law is cn2025)
      String[] articles = Stream.concat(Checklist.duties().stream().map(d -> d.article()),
          RegulationChecklist.duties().stream().map(d -> d.article())).distinct().sorted()
          .map(String::valueOf).toArray(String[]::new);
      constraint = helper.createExplicitListConstraint(articles);
      allowed = String.join(" / ", articles);
    } else if (name.equals("law") && layer == LayerName.CHECKLIST) {
      constraint = helper.createExplicitListConstraint(new String[] {"cq2009", "cn2025"});
      allowed = "cq2009 办法（或留空 or empty）/ cn2025 条例";
    } else if (column.type() == FieldType.BOOLEAN) {
      constraint = helper.createExplicitListConstraint(new String[] {"yes", "no"});
      allowed = "yes / no";
    } else if (column.type() == FieldType.DATE || column.type() == FieldType.DATE_TIME) {
      constraint = helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2199,12,31)",
          DATE_FORMAT);
      allowed = language == Language.ZH ? "日期，如 2024-03-05" : "a date, e.g. 2024-03-05";
    } else {
      switch (name) {
        case "heading", "hfov" -> {
          constraint = decimal(helper, OperatorType.BETWEEN, "0", "360");
          allowed = "0–360";
        }
        case "range_m" -> {
          constraint = decimal(helper, OperatorType.GREATER_THAN, "0", null);
          allowed = "> 0";
        }
        case "min_cover" -> {
          constraint = decimal(helper, OperatorType.BETWEEN, "0", "1");
          allowed = "0–1";
        }
        case "height_m" -> {
          constraint = decimal(helper, OperatorType.GREATER_OR_EQUAL, "0", null);
          allowed = "≥ 0";
        }
        case "tilt" -> {
          constraint = decimal(helper, OperatorType.BETWEEN, "-90", "90");
          allowed = "−90–90";
        }
        case "vfov" -> {
          constraint = decimal(helper, OperatorType.BETWEEN, "0", "180");
          allowed = "0–180";
        }
        case "lon" -> {
          constraint = decimal(helper, OperatorType.BETWEEN, "-180", "180");
          allowed = "−180–180";
        }
        case "lat" -> {
          constraint = decimal(helper, OperatorType.BETWEEN, "-90", "90");
          allowed = "−90–90";
        }
        default -> {
          if (column.type() == FieldType.INTEGER) {
            constraint = helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            allowed = language == Language.ZH ? "不小于 0 的整数" : "a whole number ≥ 0";
          }
        }
      }
    }
    if (constraint == null) {
      return;
    }
    DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, c, c));
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.setShowErrorBox(true);
    v.setEmptyCellAllowed(true);
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // XSSF's flag is inverted: true shows the drop-down arrow.
      v.setSuppressDropDownArrow(true);
    }
    String title = language == Language.ZH ? "取值不符" : "Value not allowed";
    String meaning = language == Language.ZH ? column.zh() : column.en();
    v.createErrorBox(title, truncate(name + ": " + allowed + " — " + meaning, 255));
    sheet.addValidationData(v);
  }

  private static DataValidationConstraint decimal(DataValidationHelper helper, int operator, String a, String b) {
    return helper.createDecimalConstraint(operator, a, b);
  }

  private void fieldsSheet() {
    Sheet sheet = workbook.createSheet(FIELDS_SHEET);
    int r = 0;
    Row title = sheet.createRow(r++);
    title.createCell(0).setCellValue(language == Language.ZH
        ? "重庆市社会公共安全视频图像信息系统勘查表 — 每个图层一张工作表，第 1 行为字段名（请勿修改），自第 2 行起每行一条记录。"
        : "Survey workbook — one sheet per layer; row 1 holds the field names (keep them), each row from row 2 one record.");
    title.getCell(0).setCellStyle(bold);
    Row note = sheet.createRow(r++);
    note.createCell(0).setCellValue(language == Language.ZH
        ? "坐标为 WGS 84 经纬度；是/否填 yes/no；日期如 2024-03-05。橙色表头为必填。Coordinates are WGS 84; yes/no; dates like 2024-03-05; orange headers are required."
        : "Coordinates are WGS 84; yes/no fields take yes or no; dates like 2024-03-05; orange headers are required. 坐标为 WGS 84 经纬度；橙色表头为必填。");
    r++;
    String[] heads = {"图层 Layer", "字段 Field", "类型 Type", "必填 Required", "说明（中文）", "Meaning (English)"};
    Row head = sheet.createRow(r++);
    for (int i = 0; i < heads.length; i++) {
      head.createCell(i).setCellValue(heads[i]);
      head.getCell(i).setCellStyle(header);
    }
    for (LayerSchema schema : LayerSchema.ALL) {
      for (Column c : columns(schema)) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(schema.layer().id());
        row.createCell(1).setCellValue(c.name());
        row.createCell(2).setCellValue(typeName(c.type()));
        row.createCell(3).setCellValue(c.required() ? "是 yes" : "");
        row.createCell(4).setCellValue(c.zh());
        row.createCell(5).setCellValue(c.en());
      }
    }
    r++;
    Row duties = sheet.createRow(r++);
    duties.createCell(0).setCellValue("检查项 Checklist duties (checklist: article, item; answer 是 yes = 符合规定 complied with)");
    duties.getCell(0).setCellStyle(bold);
    Row dutyHead = sheet.createRow(r++);
    String[] dutyHeads = {"条 Article", "项 Item", "", "", "检查事项（“是”即符合规定）", "What is checked (yes: complied with)"};
    for (int i = 0; i < dutyHeads.length; i++) {
      dutyHead.createCell(i).setCellValue(dutyHeads[i]);
      dutyHead.getCell(i).setCellStyle(header);
    }
    // asked as the checklist asks them, so that "yes" is the compliant answer on every row
    for (Checklist.Duty d : Checklist.duties()) {
      r = RegulationSheet.duty(sheet, wrap, r, Integer.toString(d.article()), d.item() == null ? "" : d.item(),
          d.statement(Language.ZH), d.statement(Language.EN));
    }
    int[] widths = {14, 14, 16, 14, 60, 60};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private static String typeName(FieldType type) {
    return switch (type) {
      case TEXT -> "文本 text";
      case REAL -> "数值 number";
      case INTEGER -> "整数 whole number";
      case BOOLEAN -> "是/否 yes/no";
      case DATE -> "日期 date";
      case DATE_TIME -> "日期时间 date-time";
    };
  }

  private CellStyle headerStyle(Font font, IndexedColors fill) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(fill.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
    return style;
  }

  private CellStyle format(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
