package org.camsurvey.io;

import java.nio.charset.Charset;
import java.util.Collections;
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
 */
public record ImportOptions(
    Crs crs, Charset encoding, FieldMapping mapping, ChineseWebDatum datum, Map<String, Double> cameraDefaults) {

  public ImportOptions {
    Objects.requireNonNull(mapping, "mapping");
    cameraDefaults = Collections.unmodifiableMap(new TreeMap<>(cameraDefaults));
  }

  public ImportOptions(Crs crs, Charset encoding) {
    this(crs, encoding, FieldMapping.none(), null, Map.of());
  }

  public static ImportOptions defaults() {
    return new ImportOptions(null, null);
  }
}
