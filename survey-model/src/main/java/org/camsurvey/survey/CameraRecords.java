package org.camsurvey.survey;

import static org.camsurvey.survey.RecordKeys.unique;
import static org.camsurvey.survey.SurveyAssembler.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Point;

/**
 * The cameras layer validated record by record, after its empty numbers are filled from the
 * options' defaults; a camera or a layer lacking the fields the rules judge is reported.
 */
final class CameraRecords {
  private static final double MAX_RANGE_METRES = 20_000;
  private static final List<String> COMPLIANCE_FIELDS = List.of("cam_type", "signage", "retention", "runs_24h");

  private final RecordKeys keys;
  private final ImportOptions options;
  private final List<Finding> warnings;

  CameraRecords(RecordKeys keys, ImportOptions options, List<Finding> warnings) {
    this.keys = keys;
    this.options = options;
    this.warnings = warnings;
  }

  /** The warnings about a camera layer as a whole: no site ids, compliance fields it lacks. */
  void layerWarnings(RawLayer layer) {
    keys.siteIdPresent(layer);
    List<String> absent = new ArrayList<>();
    List<String> ruled = new ArrayList<>(COMPLIANCE_FIELDS);
    ruled.add("filed");
    for (String field : ruled) {
      if (!layer.fields().contains(field)) {
        absent.add(field);
      }
    }
    if (!absent.isEmpty()) {
      warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD)
          .source(new SourceRef(layer.file(), layer.name(), 0, null))
          .figure("fields", String.join(", ", absent)).build());
    }
  }

  List<Camera> records(RawLayer layer, Map<String, SourceRef> ids, FrameGeometry geometry) {
    List<Camera> cameras = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, "camera_id");
      String id = v.requiredText("camera_id");
      String siteId = keys.siteId(layer, v);
      unique(ids, siteId + "\u0000" + id, v, "camera_id", "camera '" + id + "' appears twice in site '" + siteId + "'");
      double heading = v.requiredNumber("heading");
      if (heading < 0 || heading > 360) {
        throw v.error("heading", heading + " is outside 0–360 (degrees clockwise from true north)");
      }
      double hfov = v.requiredNumber("hfov");
      if (hfov <= 0 || hfov > 360) {
        throw v.error("hfov", hfov + " is outside 0 < angle ≤ 360 degrees");
      }
      double range = v.requiredNumber("range_m");
      if (range <= 0 || range > MAX_RANGE_METRES) {
        throw v.error("range_m", range + " is outside 0 < range ≤ " + (int) MAX_RANGE_METRES + " metres");
      }
      Integer resH = v.integer("res_h");
      if (resH != null && (resH <= 0 || resH > 100_000)) {
        throw v.error("res_h", resH + " is not a horizontal resolution in pixels");
      }
      Double height = v.number("height_m");
      if (height != null && (height < 0 || height > 1000)) {
        throw v.error("height_m", height + " is outside 0–1000 metres");
      }
      Double tilt = v.number("tilt");
      if (tilt != null && (tilt < -90 || tilt > 90)) {
        throw v.error("tilt", tilt + " is outside −90–90 degrees below horizontal");
      }
      Double vfov = v.number("vfov");
      if (vfov != null && (vfov <= 0 || vfov >= 180)) {
        throw v.error("vfov", vfov + " is outside 0 < angle < 180 degrees");
      }
      CameraType type = null;
      String typeText = v.text("cam_type");
      if (typeText != null) {
        type = CameraType.parse(typeText).orElseThrow(() ->
            v.error("cam_type", "'" + typeText + "' is not fixed, dome, ptz or fisheye"));
      }
      Integer retention = v.integer("retention");
      if (retention != null && retention < 0) {
        throw v.error("retention", retention + " days is negative");
      }
      Boolean signage = v.bool("signage");
      Boolean runs24h = v.bool("runs_24h");
      Point location = geometry.point(layer, f, v);
      Camera camera = new Camera(id, siteId, location, heading == 360 ? 0 : heading, hfov, range, resH,
          height, tilt, vfov, type, signage, retention, runs24h, v.date("installed"), v.date("filed"),
          v.text("operator"), v.bool("consent"), v.bool("proposed"), v.source());
      cameras.add(camera);
      List<String> missing = new ArrayList<>();
      for (String field : COMPLIANCE_FIELDS) {
        if (layer.fields().contains(field) && v.text(field) == null) {
          missing.add(field);
        }
      }
      if (!missing.isEmpty()) {
        warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).camera(camera)
            .figure("fields", String.join(", ", missing)).build());
      }
    }
    return cameras;
  }

  /** The camera layer with empty numbers filled from the defaults, each use reported. */
  RawLayer withDefaults(RawLayer layer) {
    Set<String> fields = new LinkedHashSet<>(layer.fields());
    fields.addAll(options.cameraDefaults().keySet());
    List<RawFeature> features = new ArrayList<>(layer.features().size());
    for (RawFeature f : layer.features()) {
      Map<String, Object> attributes = new LinkedHashMap<>(f.attributes());
      List<String> used = new ArrayList<>();
      options.cameraDefaults().forEach((field, value) -> {
        if (f.text(field) == null) {
          attributes.put(field, value);
          used.add(field);
        }
      });
      if (!used.isEmpty()) {
        String cameraId = f.text("camera_id");
        warnings.add(Finding.of(FindingCode.DATA_DEFAULTED)
            .camera(layer.fields().contains("site_id") ? f.text("site_id") : keys.surveyName(), cameraId)
            .source(new SourceRef(layer.file(), layer.name(), f.number(), cameraId))
            .figure("fields", String.join(", ", used))
            .build());
      }
      features.add(new RawFeature(f.number(), attributes, f.geometry()));
    }
    return new RawLayer(layer.name(), layer.file(), layer.crs(), fields, features, List.of());
  }

  /**
   * An empty {@code filed} means "not filed" and a missing field "not recorded" (Art. 15): merged
   * camera layers must agree on having it, or the cameras of one would read as unfiled.
   */
  static void filedEverywhereOrNowhere(List<RawLayer> cameraLayers) {
    RawLayer with = cameraLayers.stream().filter(l -> l.fields().contains("filed")).findFirst().orElse(null);
    RawLayer without = cameraLayers.stream().filter(l -> !l.fields().contains("filed")).findFirst().orElse(null);
    if (with != null && without != null) {
      throw new InputException(without.file(), without.name(), null, "filed",
          "the layer has no such field but the cameras of " + with.file() + " have it, and merged, its cameras would"
              + " read as not filed: give every input the field (empty where not filed), or none");
    }
  }
}
