package org.camsurvey.read;

import static org.camsurvey.read.GeoPackageReader.CURVE_TOLERANCE_METRES;
import static org.camsurvey.read.GeoPackageReader.rootMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mil.nga.crs.CRS;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * GeoPackage geometry blobs read as JTS geometry in their layer's CRS: standard WKB through JTS,
 * curves as straight segments with a warning, and no coordinate that is not a finite number.
 */
final class GeoPackageBlobs {
  private static final List<String> CURVE_TYPES =
      List.of("CircularString", "CompoundCurve", "CurvePolygon", "MultiCurve", "MultiSurface");

  private final GeometryFactory factory = new GeometryFactory();
  /** The warnings of curves read as straight segments, until their layer is handed on. */
  private final List<Finding> linearised = new ArrayList<>();

  /**
   * A geometry blob as JTS geometry in the layer's CRS, or null when the blob says it is empty.
   * Curves (CircularString, CompoundCurve, CurvePolygon, MultiCurve, MultiSurface) are read as
   * straight segments within {@link GeoPackageReader#CURVE_TOLERANCE_METRES} of the curve, with a warning.
   */
  Geometry geometry(byte[] blob, String shown, String layer, String record, Crs crs, int number) {
    int start = standardWkbStart(blob);
    if (start > 0 && CurvedWkbReader.isCurved(CurvedWkbReader.baseType(blob, start))) {
      // 1 cm, in degrees where the layer's coordinates are (a degree of latitude is over 110 km)
      double tolerance = crs != null && crs.isGeographic() ? CURVE_TOLERANCE_METRES / 111_000 : CURVE_TOLERANCE_METRES;
      String type = CURVE_TYPES.get(CurvedWkbReader.baseType(blob, start) - CurvedWkbReader.CIRCULAR_STRING);
      Geometry curve;
      try {
        curve = new CurvedWkbReader(factory, tolerance).read(blob, start);
      } catch (IllegalArgumentException e) {
        throw new InputException(shown, layer, record, "geometry", "the " + type + "'s WKB cannot be read: " + e.getMessage());
      }
      linearised.add(Finding.of(FindingCode.DATA_CURVE_LINEARISED)
          .source(new SourceRef(shown, layer, number, record))
          .figure("type", type).figure("tolerance_m", CURVE_TOLERANCE_METRES).build());
      return curve;
    }
    return geometry(blob, shown, layer, record);
  }

  /**
   * Where the WKB of a standard GeoPackage blob starts (after the magic, version, flags, srs_id and
   * envelope), or -1 for an empty or extended geometry, or a blob too short to say.
   */
  private static int standardWkbStart(byte[] blob) {
    if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P' || (blob[3] & 0x30) != 0) {
      return -1;
    }
    int envelope = switch ((blob[3] >> 1) & 0x07) {
      case 0 -> 0;
      case 1 -> 32;
      case 2, 3 -> 48;
      case 4 -> 64;
      default -> -1;
    };
    return envelope < 0 || blob.length < 8 + envelope + 5 ? -1 : 8 + envelope;
  }

  /** A geometry blob as JTS geometry in the layer's CRS, or null when the blob says it is empty. */
  Geometry geometry(byte[] blob, String shown, String layer, String record) {
    GeoPackageGeometryData data;
    try {
      data = new GeoPackageGeometryData(blob);
    } catch (RuntimeException e) {
      throw new InputException(shown, layer, record, "geometry", "the geometry blob cannot be read: " + rootMessage(e));
    }
    if (data.isEmpty()) {
      return null;
    }
    if (data.isExtended()) {
      throw new InputException(shown, layer, record, "geometry",
          "an extended GeoPackage geometry (curves and the like) is not a survey geometry");
    }
    Geometry geometry;
    try {
      geometry = new WKBReader(factory).read(Arrays.copyOfRange(blob, data.getWkbGeometryIndex(), blob.length));
    } catch (ParseException | RuntimeException e) {
      throw new InputException(shown, layer, record, "geometry", "the geometry's WKB cannot be read: " + rootMessage(e));
    }
    requireFinite(geometry, shown, layer, record);
    return geometry;
  }

  /** JTS reads a WKB point whose coordinates are NaN as an empty point; both are refused. */
  private static void requireFinite(Geometry geometry, String shown, String layer, String record) {
    requireNoEmptyPoint(geometry, shown, layer, record);
    geometry.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        if (!Double.isFinite(seq.getX(i)) || !Double.isFinite(seq.getY(i))) {
          throw new InputException(shown, layer, record, "geometry",
              "coordinate " + seq.getX(i) + ", " + seq.getY(i) + " is not a finite number");
        }
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return false;
      }
    });
  }

  private static void requireNoEmptyPoint(Geometry geometry, String shown, String layer, String record) {
    if (geometry instanceof Point p && p.isEmpty()) {
      throw new InputException(shown, layer, record, "geometry",
          "a point's coordinates are not numbers (NaN), though the blob's header does not say it is empty");
    }
    if (geometry instanceof GeometryCollection) {
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        requireNoEmptyPoint(geometry.getGeometryN(i), shown, layer, record);
      }
    }
  }


  /** The warnings of the curves read since the last call, handed on with their layer. */
  List<Finding> takeLinearised() {
    List<Finding> taken = List.copyOf(linearised);
    linearised.clear();
    return taken;
  }
}
