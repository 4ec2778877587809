package org.camsurvey.io;

import java.nio.charset.Charset;
import org.camsurvey.geo.Crs;

/**
 * What the user tells the importer that the files do not.
 *
 * @param crs the CRS of coordinates whose container names none, or null
 * @param encoding the text encoding of attribute data, or null to detect it
 */
public record ImportOptions(Crs crs, Charset encoding) {
  public static ImportOptions defaults() {
    return new ImportOptions(null, null);
  }
}
