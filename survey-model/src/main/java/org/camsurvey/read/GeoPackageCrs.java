package org.camsurvey.read;

import static org.camsurvey.read.GeoPackageReader.rootMessage;

import java.sql.SQLException;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.camsurvey.geo.Crs;
import org.camsurvey.geo.WktCrs;

/** The CRS of a GeoPackage layer, from its srs_id: an EPSG code, else the CRS's WKT definition. */
final class GeoPackageCrs {
  /** srs_id 0 is "undefined geographic" and -1 "undefined Cartesian" (GeoPackage 1.2, Req 11). */
  private static final long UNDEFINED_GEOGRAPHIC = 0;
  private static final long UNDEFINED_CARTESIAN = -1;

  private GeoPackageCrs() {}

  /**
   * The CRS of a layer's srs_id: its EPSG code where the organisation is EPSG, else its WKT
   * definition; "undefined" srs_ids take {@code --crs}, and "undefined geographic" is else WGS 84.
   */
  static Crs crs(GeoPackage geoPackage, String shown, String layer, long srsId, ImportOptions options) {
    SpatialReferenceSystem srs;
    try {
      srs = geoPackage.getSpatialReferenceSystemDao().queryForId(srsId);
    } catch (SQLException | RuntimeException e) {
      throw new InputException(shown, layer, null, null, "cannot read srs_id " + srsId + ": " + rootMessage(e));
    }
    if (srs == null) {
      throw new InputException(shown, layer, null, null,
          "its srs_id " + srsId + " is not in gpkg_spatial_ref_sys");
    }
    if (srsId == UNDEFINED_CARTESIAN) {
      return options.crs();
    }
    if (srsId == UNDEFINED_GEOGRAPHIC) {
      return options.crs() != null ? options.crs() : Crs.wgs84();
    }
    String organization = srs.getOrganization() == null ? "" : srs.getOrganization().strip();
    if (organization.equalsIgnoreCase("EPSG")) {
      try {
        return Crs.parse("EPSG:" + srs.getOrganizationCoordsysId());
      } catch (IllegalArgumentException e) {
        // an EPSG code proj4j does not know: the definition may still serve
      }
    }
    String definition = srs.getDefinition() == null ? "" : srs.getDefinition().strip();
    if (definition.isEmpty() || definition.equalsIgnoreCase("undefined")) {
      throw new InputException(shown, layer, null, null, "its CRS (srs_id " + srsId + ", " + organization + " "
          + srs.getOrganizationCoordsysId() + ") is neither an EPSG code this version knows nor defined by WKT");
    }
    try {
      return WktCrs.parse(definition);
    } catch (IllegalArgumentException e) {
      throw new InputException(shown, layer, null, null, "its CRS (srs_id " + srsId + ") has a WKT definition"
          + " this version cannot read (" + rootMessage(e) + "); give the data an EPSG code");
    }
  }
}
