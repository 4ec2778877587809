package org.camsurvey.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Camera;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.LayerSchema;

/**
 * A survey laid out again as the layers of docs/SURVEY-FORMAT.md, in WGS 84, for the writers (the
 * survey GeoPackage of {@code import}, and any other container).
 */
public final class SurveyLayers {
  private SurveyLayers() {}

  /**
   * Every layer the survey has, in the order of the spec; layers the input lacked are left out,
   * and so are the optional camera fields it lacked. Evidence photos are given by absolute path.
   */
  public static List<OutputLayer> of(Survey survey) {
    return of(survey, null);
  }

  /**
   * Every layer the survey has, as {@link #of(Survey)}, with each evidence photo's path made
   * relative to {@code photoFolder} (the folder of the file being written), so that the written
   * survey finds the same photos where they are.
   *
   * @param photoFolder the folder photo paths are to start from, or null for absolute paths (which
   *     resolve wherever the layers are written)
   */
  public static List<OutputLayer> of(Survey survey, Path photoFolder) {
    LocalFrame frame = survey.frame();
    List<OutputLayer> layers = new ArrayList<>();
    List<OutputLayer.Feature> sites = new ArrayList<>();
    for (Site s : survey.sites()) {
      sites.add(feature(frame, s.boundary(), "site_id", s.siteId(), "name", s.name(), "address", s.address(),
          "operator", s.operator(), "class", s.siteClass() == null ? null : s.siteClass().code()));
    }
    layers.add(layer(LayerSchema.SITES, sites));
    List<OutputLayer.Feature> cameras = new ArrayList<>();
    for (Camera c : survey.cameras()) {
      cameras.add(feature(frame, c.location(), "camera_id", c.cameraId(), "site_id", c.siteId(),
          "heading", c.headingDegrees(), "hfov", c.hfovDegrees(), "range_m", c.rangeMetres(),
          "res_h", c.resolutionH(), "height_m", c.heightMetres(), "tilt", c.tiltDegrees(), "vfov", c.vfovDegrees(),
          "cam_type", c.type() == null ? null : c.type().code(), "signage", c.signage(),
          "retention", c.retentionDays(), "runs_24h", c.runs24h(), "installed", c.installed(),
          "filed", c.filed(), "operator", c.operator(), "consent", c.consent(), "proposed", c.proposed()));
    }
    // Only the optional fields the input had: a survey without a filed column says nothing of
    // filing, while an empty filed column says no camera was filed (Art. 15).
    layers.add(new OutputLayer(LayerName.CAMERAS.id(), LayerSchema.CAMERAS.geometry(),
        LayerSchema.CAMERAS.fields().stream().filter(f -> f.required() || survey.hasCameraField(f.name())).toList(),
        cameras));
    if (survey.hasLayer(LayerName.ZONES.id())) {
      List<OutputLayer.Feature> zones = new ArrayList<>();
      for (Zone z : survey.zones()) {
        zones.add(feature(frame, z.area(), "zone_id", z.zoneId(), "site_id", z.siteId(), "rule", z.rule().code(),
            "item", z.item() == null ? null : z.item().toString(), "name", z.name(), "min_cover", z.minCover(),
            "kind", z.kind() == null ? null : z.kind().code()));
      }
      layers.add(layer(LayerSchema.ZONES, zones));
    }
    if (survey.hasLayer(LayerName.OBSTACLES.id())) {
      List<OutputLayer.Feature> obstacles = new ArrayList<>();
      for (Obstacle o : survey.obstacles()) {
        obstacles.add(feature(frame, o.shape(), "obst_id", o.obstacleId(), "site_id", o.siteId(), "kind", o.kind()));
      }
      layers.add(layer(LayerSchema.OBSTACLES, obstacles));
    }
    if (survey.hasLayer(LayerName.ACCESS_LOG.id())) {
      List<OutputLayer.Feature> log = new ArrayList<>();
      for (AccessLogEntry e : survey.accessLog()) {
        log.add(feature(frame, null, "site_id", e.siteId(), "when", e.when(), "persons", e.persons(),
            "approval", e.approval(), "purpose", e.purpose(),
            "footage", e.footage().isEmpty() ? null : String.join(",", e.footage()), "recorded_by", e.recordedBy(),
            "retrieved_by", e.retrievedBy(), "destination", e.destination()));
      }
      layers.add(layer(LayerSchema.ACCESS_LOG, log));
    }
    if (survey.hasLayer(LayerName.CHECKLIST.id())) {
      List<OutputLayer.Feature> answers = new ArrayList<>();
      for (ChecklistAnswer a : survey.checklist()) {
        answers.add(feature(frame, null, "site_id", a.siteId(), "article", Integer.toString(a.article()), "item", a.item(),
            "answer", a.answer().code(), "note", a.note(), "checked_by", a.checkedBy(), "when", a.when()));
      }
      layers.add(layer(LayerSchema.CHECKLIST, answers));
    }
    if (survey.hasLayer(LayerName.EVIDENCE.id())) {
      List<OutputLayer.Feature> evidence = new ArrayList<>();
      for (EvidencePhoto e : survey.evidence()) {
        evidence.add(feature(frame, e.location(), "site_id", e.siteId(), "camera_id", e.cameraId(), "zone_id", e.zoneId(),
            "photo", photoFolder == null ? e.photo().file().toString() : relative(photoFolder, e.photo().file()),
            "taken", e.taken(), "note", e.note(), "taken_by", e.takenBy()));
      }
      boolean located = survey.evidence().stream().anyMatch(e -> e.location() != null);
      layers.add(new OutputLayer(LayerName.EVIDENCE.id(),
          located ? LayerSchema.GeometryKind.POINT : LayerSchema.GeometryKind.NONE, LayerSchema.EVIDENCE.fields(), evidence));
    }
    return layers;
  }

  /** A photo's path from a folder, with forward slashes; absolute where no relative path leads there. */
  private static String relative(Path folder, Path file) {
    try {
      return folder.toAbsolutePath().normalize().relativize(file).toString().replace(java.io.File.separatorChar, '/');
    } catch (IllegalArgumentException differentRoots) {
      return file.toString();
    }
  }

  private static OutputLayer layer(LayerSchema schema, List<OutputLayer.Feature> features) {
    return new OutputLayer(schema.layer().id(), schema.geometry(), schema.fields(), features);
  }

  private static OutputLayer.Feature feature(LocalFrame frame, org.locationtech.jts.geom.Geometry geometry, Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return new OutputLayer.Feature(values, geometry == null ? null : frame.toLonLat(geometry));
  }
}
