package org.camsurvey.read.shapefile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads one shapefile, its {@code .shp} with the sidecars beside it, into a raw layer.
 *
 * <ul>
 *   <li>Records are located by the {@code .shx}; one that contradicts the {@code .shp} is an
 *       error; a missing one is rebuilt by reading the {@code .shp} in order, with a
 *       {@code DATA_INDEX_REBUILT} warning.
 *   <li>Attributes come from the {@code .dbf}, which must hold as many records as the
 *       {@code .shp}; records marked deleted are skipped, geometry and all.
 *   <li>Text is decoded as {@link CodePages} decides ({@code --encoding}, {@code .cpg}, language
 *       driver byte, UTF-8, else GB18030 with a {@code DATA_ENCODING_GUESSED} warning).
 *   <li>The CRS is the {@code .prj}'s, else {@code --crs}, else unknown (the assembler then asks
 *       for {@code --crs}).
 * </ul>
 *
 * <p>A record's number is its place in the file, counting deleted records, as GDAL's feature id
 * (plus one) is.
 */
public final class ShapefileReader {
  private ShapefileReader() {}

  /**
   * @param shp the {@code .shp}; its sidecars are found beside it by base name
   * @param shown the {@code .shp} as the user named it, for messages
   * @param layer the layer it holds
   * @throws InputException when the shapefile cannot be used
   */
  public static RawLayer read(Path shp, String shown, String layer, ImportOptions options) {
    return read(ShapefileFiles.beside(shp, shown), layer, options);
  }

  static RawLayer read(ShapefileFiles files, String layer, ImportOptions options) {
    String shpFile = files.shown("shp");
    List<Finding> warnings = new ArrayList<>();
    GeometryFactory factory = new GeometryFactory();
    ShpReader shp = new ShpReader(shpFile, layer, files.bytes("shp"), factory);
    ShapeIndex index;
    if (files.has("shx")) {
      index = shp.check(ShxReader.read(files.shown("shx"), layer, files.bytes("shx")), files.shown("shx"));
    } else {
      index = shp.scan();
      warnings.add(Finding.of(FindingCode.DATA_INDEX_REBUILT).source(new SourceRef(shpFile, layer, 0, null)).build());
    }
    if (!files.has("dbf")) {
      if (layer.equals(LayerName.OBSTACLES.id())) {
        return geometryOnly(files, layer, options, shp, index, warnings);
      }
      throw new InputException(shpFile, layer, null, null,
          "has no .dbf beside it: a shapefile's attributes are in a .dbf of the same name (only an obstacles layer,"
              + " which needs no attributes, is read without one)");
    }
    String dbfFile = files.shown("dbf");
    DbfReader dbf = new DbfReader(dbfFile, layer, files.bytes("dbf"));
    if (dbf.recordCount() != index.size()) {
      int first = Math.min(dbf.recordCount(), index.size()) + 1;
      throw new InputException(dbfFile, layer, "#" + first, null,
          "the .shp holds " + index.size() + " records but the .dbf " + dbf.recordCount()
              + ": record #" + first + " has " + (dbf.recordCount() < index.size() ? "no attributes" : "no shape"));
    }
    String cpg = files.has("cpg") ? text(files.bytes("cpg")) : null;
    CodePages.Choice encoding = CodePages.choose(options.encoding(), cpg, files.shown("cpg"), layer,
        dbf.languageDriver(), dbf::isValidUtf8);
    dbf.decodeWith(encoding.charset());
    if (encoding.guessed()) {
      warnings.add(Finding.of(FindingCode.DATA_ENCODING_GUESSED).source(new SourceRef(dbfFile, layer, 0, null))
          .figure("encoding", encoding.charset().name()).build());
    }
    Crs crs = crs(files, layer, options);
    Set<String> fields = new LinkedHashSet<>();
    dbf.fields().forEach(f -> fields.add(f.name()));
    List<RawFeature> features = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      if (dbf.deleted(i)) {
        continue;
      }
      Geometry geometry = shp.geometry(index, i);
      features.add(new RawFeature(i + 1, dbf.attributes(i), geometry));
    }
    return new RawLayer(layer, shpFile, crs, fields, features, warnings);
  }

  /**
   * Walls and buildings need no attributes: without a {@code .dbf} their shapes are read alone, as
   * GDAL reads them, with a warning that the layer has no fields.
   */
  private static RawLayer geometryOnly(ShapefileFiles files, String layer, ImportOptions options, ShpReader shp,
      ShapeIndex index, List<Finding> warnings) {
    String shpFile = files.shown("shp");
    warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).source(new SourceRef(shpFile, layer, 0, null))
        .figure("fields", "obst_id, site_id, kind (no .dbf)").build());
    List<RawFeature> features = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      features.add(new RawFeature(i + 1, java.util.Map.of(), shp.geometry(index, i)));
    }
    return new RawLayer(layer, shpFile, crs(files, layer, options), Set.of(), features, warnings);
  }

  private static Crs crs(ShapefileFiles files, String layer, ImportOptions options) {
    Crs crs = files.has("prj") ? PrjReader.read(files.shown("prj"), layer, text(files.bytes("prj"))) : null;
    return crs != null ? crs : options.crs();
  }

  private static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
