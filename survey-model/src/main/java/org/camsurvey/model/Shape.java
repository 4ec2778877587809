package org.camsurvey.model;

import java.util.Objects;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * Where a finding is on the ground, made when first asked for. The part of a mandated zone that
 * no camera sees is an overlay of every view over the zone, the costliest thing a dense city's
 * check does, while a batch over a city writes only the part's area: the shape is worked out
 * for the documents and layers that draw it, and never for the ones that do not.
 */
public final class Shape {
  private Supplier<Geometry> source;
  private Geometry geometry;

  private Shape(Supplier<Geometry> source, Geometry geometry) {
    this.source = source;
    this.geometry = geometry;
  }

  /** A shape already made; null for none. */
  public static Shape of(Geometry geometry) {
    return geometry == null ? null : new Shape(null, geometry);
  }

  /** A shape made by {@code source} the first time it is asked for, once. */
  public static Shape when(Supplier<Geometry> source) {
    return new Shape(Objects.requireNonNull(source, "source"), null);
  }

  public synchronized Geometry geometry() {
    if (source != null) {
      geometry = source.get();
      source = null;
    }
    return geometry;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape other && Objects.equals(geometry(), other.geometry());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(geometry());
  }

  @Override
  public String toString() {
    return String.valueOf(geometry());
  }
}
