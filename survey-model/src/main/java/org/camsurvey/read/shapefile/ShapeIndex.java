package org.camsurvey.read.shapefile;

/**
 * Where each record of a {@code .shp} lies: as a {@code .shx} gives it, or as rebuilt by reading
 * the {@code .shp} in order.
 *
 * @param offsets the byte offset of each record's 8-byte header in the {@code .shp}
 * @param lengths the length in bytes of each record's content, after its header
 */
public record ShapeIndex(long[] offsets, long[] lengths) {
  /** The number of records. */
  public int size() {
    return offsets.length;
  }
}
