package org.camsurvey.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A wall (a line, blocking sight across it) or a building (a polygon, blocking sight through
 * its interior).
 *
 * @param obstacleId the record's id, or null
 * @param siteId the site, or null: obstacles block every camera whichever site either is on
 * @param kind free text: wall, building, …
 * @param shape the obstacle in the survey's local metric frame
 * @param source where the record came from
 */
public record Obstacle(String obstacleId, String siteId, String kind, Geometry shape, SourceRef source) {
  public Obstacle {
    Objects.requireNonNull(shape, "shape");
  }
}
