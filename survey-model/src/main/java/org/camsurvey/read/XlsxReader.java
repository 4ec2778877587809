package org.camsurvey.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camsurvey.geo.Crs;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a workbook ({@code .xlsx}): one sheet per layer, named after it (other sheets, such as the
 * template's {@code 说明 Fields}, are ignored); the first row names the columns, as in CSV
 * ({@code lon}/{@code lat}, {@code x}/{@code y} with {@code --crs}, {@code wkt}). Cells keep their
 * type: numbers, booleans, date cells as ISO dates, formulas as their cached values. A sheet with
 * no data rows is left out, as if the layer were absent.
 *
 * <p>Hostile workbooks are refused before they are inflated: one whose parts state more than
 * {@value #MAX_WORKBOOK_MEGABYTES} MiB in all, and, through POI's zip guard, a part that inflates
 * more than 100 times or beyond {@value #MAX_ENTRY_MEGABYTES} MiB whatever it states. POI holds a
 * whole workbook in memory at some twenty times its XML (a 60 MiB sheet takes a gigabyte), so these
 * limits are what keeps a large or crafted workbook from filling the memory; a file that is not a
 * workbook is an {@link InputException}.
 */
public final class XlsxReader {
  static final int MAX_ENTRY_MEGABYTES = 32;
  static final int MAX_WORKBOOK_MEGABYTES = 64;
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize((long) MAX_ENTRY_MEGABYTES << 20);
  }

  /**
   * Reads every layer sheet of a workbook.
   *
   * @param file the workbook
   * @param shown the file as the user named it, for messages
   * @param layerFromName the layer the file's name says, or null: then a workbook with no sheet
   *     named after a layer is read from its first sheet
   */
  public List<RawLayer> read(Path file, String shown, String layerFromName, ImportOptions options) {
    OPCPackage pkg = open(file, shown);
    try {
      XSSFWorkbook workbook;
      try {
        workbook = new XSSFWorkbook(pkg);
      } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
          | IllegalStateException e) {
        throw notAWorkbook(shown, e);
      }
      List<Sheet> sheets = new ArrayList<>();
      List<String> layerNames = new ArrayList<>();
      for (Sheet sheet : workbook) {
        // a workbook.xml <sheet> without a name attribute gives a null name: not a layer sheet
        String name = sheet.getSheetName();
        Optional<LayerName> layer = name == null ? Optional.empty() : options.mapping().layer(name).flatMap(LayerName::parse);
        if (layer.isPresent()) {
          if (layerNames.contains(layer.get().id())) {
            throw InputException.file(shown, "has two sheets for layer '" + layer.get().id() + "'");
          }
          sheets.add(sheet);
          layerNames.add(layer.get().id());
        }
      }
      if (sheets.isEmpty() && layerFromName != null && workbook.getNumberOfSheets() > 0) {
        sheets.add(workbook.getSheetAt(0));
        layerNames.add(layerFromName);
      }
      if (sheets.isEmpty()) {
        throw InputException.file(shown, "has no sheet named after a layer (cameras, zones, sites, obstacles, "
            + "access_log, checklist, evidence); the template command writes a workbook laid out for the survey");
      }
      List<RawLayer> layers = new ArrayList<>();
      for (int i = 0; i < sheets.size(); i++) {
        RawLayer layer = sheet(shown, sheets.get(i), layerNames.get(i), options);
        if (!layer.features().isEmpty()) {
          layers.add(layer);
        }
      }
      if (layers.isEmpty()) {
        throw InputException.file(shown, "has no rows below the header in any layer sheet: fill in the cameras sheet "
            + "(and zones, for check), one record a row from row 2");
      }
      return layers;
    } finally {
      pkg.revert();
    }
  }

  private static OPCPackage open(Path file, String shown) {
    requireReadableZip(file, shown);
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw InputException.file(shown, "is an old Excel 97–2003 (.xls) or an encrypted workbook; save it as an "
          + "unprotected .xlsx workbook");
    } catch (InvalidFormatException | POIXMLException
        | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException e) {
      throw notAWorkbook(shown, e);
    }
  }

  /**
   * Refuses, before anything is inflated, a workbook whose parts state more XML than can be held,
   * and a file whose zip directory java.util.zip cannot read: missing, or naming a compression
   * .xlsx files never use. POI would read such a file entry by entry from its local headers, and
   * reach for inflaters that are not there (a Zstandard part threw NoClassDefFoundError: a fuzz
   * finding). An old .xls or an encrypted workbook is left to POI, which says what it is.
   */
  private static void requireReadableZip(Path file, String shown) {
    long stated = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        stated += Math.max(0, entry.getSize());
      }
    } catch (IOException e) {
      if (isOle2(file)) {
        return;
      }
      // java.util.zip refuses, among others, a part compressed as .xlsx files never are
      throw InputException.file(shown, "is not a readable .xlsx workbook: its zip directory cannot be read ("
          + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      // java.util.zip's word for a name that is not UTF-8, which Excel never writes (fuzz finding)
      throw InputException.file(shown, "is not a readable .xlsx workbook: the name of a part in it is not UTF-8");
    }
    if (stated > (long) MAX_WORKBOOK_MEGABYTES << 20) {
      throw InputException.file(shown, "its parts inflate to " + (stated >> 20) + " MiB, more than the "
          + MAX_WORKBOOK_MEGABYTES + " MiB a workbook may hold; refused as too large to read (split it, or save its"
          + " layers as CSV)");
    }
  }

  /** Whether the file starts as an OLE2 compound document: an .xls, or an encrypted workbook. */
  private static boolean isOle2(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(OLE2_MAGIC.length), OLE2_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static InputException notAWorkbook(String shown, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("Zip bomb")) {
      return InputException.file(shown, "a part of the workbook inflates more than 100 times or beyond "
          + MAX_ENTRY_MEGABYTES + " MiB; refused as a possible zip bomb, or too large to read");
    }
    return new InputException(shown, null, null, null, "is not a readable .xlsx workbook: "
        + message.lines().findFirst().orElse(message), e);
  }

  private RawLayer sheet(String shown, Sheet sheet, String layer, ImportOptions options) {
    Row headerRow = sheet.getPhysicalNumberOfRows() == 0 ? null : sheet.getRow(sheet.getFirstRowNum());
    if (headerRow == null) {
      return new RawLayer(layer, shown, defaultCrs(options), Set.of(), List.of(), List.of());
    }
    int width = Math.max(headerRow.getLastCellNum(), 0);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      Object name = value(shown, layer, headerRow.getCell(c));
      String h = name == null ? "" : text(name).strip().toLowerCase(Locale.ROOT);
      if (!h.isEmpty() && header.contains(h)) {
        throw new InputException(shown, layer, null, h, "the column appears twice in the header row");
      }
      header.add(h);
    }
    ColumnGeometry geometries = ColumnGeometry.of(shown, layer, header, options.crs());
    Set<String> fields = new LinkedHashSet<>();
    for (String name : header) {
      if (!name.isEmpty() && !geometries.isGeometryColumn(name)) {
        fields.add(name);
      }
    }
    List<RawFeature> features = new ArrayList<>();
    int number = 0;
    for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, Object> attributes = new LinkedHashMap<>();
      List<String> texts = new ArrayList<>(width);
      boolean blank = true;
      for (int c = 0; c < width; c++) {
        Object v = value(shown, layer, row.getCell(c));
        String t = v == null ? "" : text(v);
        texts.add(t);
        if (!t.isBlank()) {
          blank = false;
        }
        String name = header.get(c);
        if (!name.isEmpty() && !geometries.isGeometryColumn(name)) {
          attributes.put(name, v);
        }
      }
      if (blank) {
        continue;
      }
      number++;
      Geometry geometry = geometries.read(texts, new RawFeature(number, attributes, null));
      features.add(new RawFeature(number, attributes, geometry));
    }
    return new RawLayer(layer, shown, geometries.crs(), fields, features, List.of());
  }

  private static Crs defaultCrs(ImportOptions options) {
    return options.crs() != null ? options.crs() : Crs.wgs84();
  }

  /**
   * A cell's value: String, Double, Boolean, an ISO date (or date-time) text, or null. A cell whose
   * stored value contradicts its type (a numeric cell holding text, say) is an {@link InputException}
   * naming the cell, not POI's {@code IllegalStateException}.
   */
  private static Object value(String shown, String layer, Cell cell) {
    if (cell == null) {
      return null;
    }
    try {
      return typedValue(shown, layer, cell);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InputException(shown, layer, "row " + (cell.getRowIndex() + 1), null, "cell "
          + new CellReference(cell).formatAsString(false) + " cannot be read: " + message, e);
    }
  }

  private static Object typedValue(String shown, String layer, Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime t = cell.getLocalDateTimeCellValue();
          return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
        return cell.getNumericCellValue();
      }
      case STRING -> {
        String s = cell.getStringCellValue();
        return s == null || s.isBlank() ? null : s;
      }
      case BOOLEAN -> {
        return cell.getBooleanCellValue();
      }
      case ERROR -> {
        String error;
        try {
          error = FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
          error = "an error";
        }
        throw new InputException(shown, layer, "row " + (cell.getRowIndex() + 1), null, "cell "
            + new CellReference(cell).formatAsString(false) + " holds " + error + " instead of a value");
      }
      default -> {
        return null;
      }
    }
  }

  /** A value as text: whole numbers without a decimal point, others as Java writes them. */
  private static String text(Object value) {
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
    }
    return value.toString();
  }
}
