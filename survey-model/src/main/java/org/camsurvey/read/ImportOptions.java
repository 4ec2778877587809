package org.camsurvey.read;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camsurvey.geo.ChineseWebDatum;
import org.camsurvey.geo.Crs;

/**
 * What the user tells the importer that the files do not.
 *
 * @param crs the CRS of coordinates whose container names none, or null
 * @param encoding the text encoding of attribute data, or null to detect it
 * @param mapping how source fields, values and layers are renamed
 * @param datum the web-map offset the coordinates carry, or null for none
 * @param cameraDefaults values for camera number fields a record leaves empty ({@code hfov}, {@code
 *     range_m}, …); each use is reported with a {@code DATA_DEFAULTED} warning
 * @param towgs84 the shift to WGS 84 of coordinates on a datum other than WGS 84's (3 or 7
 *     parameters, as PROJ's {@code +towgs84}), replacing any the data gives; empty for none
 * @param acceptDatum read coordinates on a datum no shift is known for as they stand, with a
 *     {@code DATA_DATUM_UNSHIFTED} warning, rather than refuse them
 */
public record ImportOptions(
    Crs crs, Charset encoding, FieldMapping mapping, ChineseWebDatum datum, Map<String, Double> cameraDefaults,
    List<Double> towgs84, boolean acceptDatum) {

  public ImportOptions {
    Objects.requireNonNull(mapping, "mapping");
    cameraDefaults = Collections.unmodifiableMap(new TreeMap<>(cameraDefaults));
    towgs84 = List.copyOf(towgs84);
    if (!towgs84.isEmpty() && towgs84.size() != 3 && towgs84.size() != 7) {
      throw new IllegalArgumentException("a datum shift has 3 or 7 parameters, not " + towgs84.size());
    }
  }

  public ImportOptions(
      Crs crs, Charset encoding, FieldMapping mapping, ChineseWebDatum datum, Map<String, Double> cameraDefaults) {
    this(crs, encoding, mapping, datum, cameraDefaults, List.of(), false);
  }

  public ImportOptions(Crs crs, Charset encoding) {
    this(crs, encoding, FieldMapping.none(), null, Map.of());
  }

  public static ImportOptions defaults() {
    return new ImportOptions(null, null);
  }
}
