package org.camsurvey.read.shapefile;

import org.camsurvey.geo.Crs;
import org.camsurvey.geo.WktCrs;
import org.camsurvey.read.InputException;

/** Reads the CRS of a {@code .prj}, whose WKT {@link WktCrs} parses. */
public final class PrjReader {
  private PrjReader() {}

  /**
   * @param file the {@code .prj} as the user named it, for messages
   * @param layer the layer it belongs to, for messages
   * @param text the file's text
   * @return the CRS, or null when the file is empty (as if there were none)
   * @throws InputException when the text is not a CRS this version reads
   */
  public static Crs read(String file, String layer, String text) {
    if (text.strip().isEmpty()) {
      return null;
    }
    try {
      return WktCrs.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(file, layer, null, null, "is not a coordinate reference system this version reads: "
          + e.getMessage() + "; delete the .prj and give the CRS with --crs (e.g. --crs EPSG:4545)", e);
    }
  }
}
