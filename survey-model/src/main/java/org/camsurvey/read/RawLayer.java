package org.camsurvey.read;

import java.util.List;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.camsurvey.model.Finding;

/**
 * A layer as read from a container, before validation.
 *
 * @param name the layer name of docs/SURVEY-FORMAT.md (cameras, zones, …)
 * @param file the file it came from, as the user named it
 * @param crs the CRS its geometries are in, or null where the container gives none and the user
 *     named none
 * @param fields the field names the layer has (lower case), whether or not a record fills them
 * @param features the records in order
 * @param warnings data warnings raised while reading (encoding guessed, …)
 */
public record RawLayer(
    String name, String file, Crs crs, Set<String> fields, List<RawFeature> features, List<Finding> warnings) {
  public RawLayer {
    fields = Set.copyOf(fields);
    features = List.copyOf(features);
    warnings = List.copyOf(warnings);
  }
}
