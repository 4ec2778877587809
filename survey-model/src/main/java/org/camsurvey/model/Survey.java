package org.camsurvey.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camsurvey.geo.LocalFrame;

/**
 * A whole survey in one local metric frame, with the warnings its import raised.
 *
 * @param name what the user called the input (a path as given)
 * @param layers the layers the input has, even if empty
 * @param frame the metric frame every geometry is in
 * @param sites the sites, listed or implied by the other layers' site ids
 * @param cameras every camera
 * @param zones every zone
 * @param obstacles every obstacle
 * @param accessLog the register of retrievals
 * @param checklist an inspector's answers on duties no map can show
 * @param evidence the inspector's photos, each checked on import
 * @param cameraFields the camera fields the input has at all: a rule about a field the survey
 *     never recorded says nothing rather than flag every camera
 * @param importWarnings data warnings raised while reading
 */
public record Survey(
    String name,
    Set<String> layers,
    LocalFrame frame,
    List<Site> sites,
    List<Camera> cameras,
    List<Zone> zones,
    List<Obstacle> obstacles,
    List<AccessLogEntry> accessLog,
    List<ChecklistAnswer> checklist,
    List<EvidencePhoto> evidence,
    Set<String> cameraFields,
    List<Finding> importWarnings) {

  public Survey {
    Objects.requireNonNull(frame, "frame");
    layers = Set.copyOf(layers);
    sites = List.copyOf(sites);
    cameras = List.copyOf(cameras);
    zones = List.copyOf(zones);
    obstacles = List.copyOf(obstacles);
    accessLog = List.copyOf(accessLog);
    checklist = List.copyOf(checklist);
    evidence = List.copyOf(evidence);
    cameraFields = Set.copyOf(cameraFields);
    importWarnings = List.copyOf(importWarnings);
  }

  /** A survey without evidence photos, as surveys were before the evidence layer was read. */
  public Survey(String name, Set<String> layers, LocalFrame frame, List<Site> sites, List<Camera> cameras,
      List<Zone> zones, List<Obstacle> obstacles, List<AccessLogEntry> accessLog, List<ChecklistAnswer> checklist,
      Set<String> cameraFields, List<Finding> importWarnings) {
    this(name, layers, frame, sites, cameras, zones, obstacles, accessLog, checklist, List.of(), cameraFields,
        importWarnings);
  }

  /** A survey without a checklist, as surveys were before the checklist layer was read. */
  public Survey(String name, Set<String> layers, LocalFrame frame, List<Site> sites, List<Camera> cameras,
      List<Zone> zones, List<Obstacle> obstacles, List<AccessLogEntry> accessLog, Set<String> cameraFields,
      List<Finding> importWarnings) {
    this(name, layers, frame, sites, cameras, zones, obstacles, accessLog, List.of(), cameraFields, importWarnings);
  }

  public boolean hasLayer(String layer) {
    return layers.contains(layer);
  }

  public boolean hasCameraField(String field) {
    return cameraFields.contains(field);
  }
}
