package org.camsurvey.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.geo.Crs;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.geo.Reprojection;
import org.camsurvey.law.Checklist;
import org.camsurvey.law.PlaceKinds;
import org.camsurvey.law.Statute;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.Site;
import org.camsurvey.model.SiteClass;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Validates raw layers into a {@link Survey}: every field of docs/SURVEY-FORMAT.md checked, every
 * geometry turned into WGS 84 and then into one local metric frame around the survey.
 *
 * <p>What can be repaired safely (a self-intersecting polygon) is repaired with a warning; what
 * cannot stops the import with an {@link InputException} naming file, layer, record and field.
 */
public final class SurveyAssembler {
  /** Edges of projected input are split to this length before leaving their CRS, so that a
   * straight edge there stays within millimetres of the same edge in the local frame. */
  private static final double DENSIFY_METRES = 100;
  /** A geometry wider or taller than this in a projected CRS is a coordinate typo, not a place a
   * survey draws: Inner Mongolia, China's widest province, is 2 400 km across, and no projected
   * CRS keeps its accuracy over more. The extent judges, not the length: a detailed coastline
   * 90 km across may be 1 000 km long. */
  private static final double MAX_PROJECTED_EXTENT_METRES = 3_000_000;
  /** Densifying adds at most this many vertices to a geometry: a longer one is split in longer
   * steps (a typo inside the extent cannot make a reprojection of millions of vertices). */
  private static final double MAX_DENSIFIED_VERTICES = 100_000;
  /** The local frame's transverse Mercator keeps its accuracy within about 3,900 km of its
   * central meridian, and wraps round past 90°: farther than this from the frame's centre, a
   * position in the frame means nothing (it is a sign typo, or another continent). A survey may
   * span twice this: China's 73°E–135°E is 31° either side of its middle. */
  private static final double MAX_SPREAD_DEGREES = 35;
  /** Narrower on average (twice the area over the perimeter) than this, a polygon is a line. */
  private static final double MIN_MEAN_WIDTH_METRES = 0.01;
  private static final double MAX_RANGE_METRES = 20_000;
  // Digits bounded so that Integer.parseInt cannot overflow: no article or item has ten.
  private static final Pattern ITEM = Pattern.compile("(?:(\\d{1,9})\\s*[.．(（-]\\s*)?(\\d{1,9})\\s*[)）]?");
  private static final List<String> COMPLIANCE_FIELDS = List.of("cam_type", "signage", "retention", "runs_24h");

  private final String surveyName;
  /** Layers by name; several inputs may each hold a part of one layer. */
  private final Map<String, List<RawLayer>> layers;
  private final Statute statute;
  private final ImportOptions options;
  private final List<Finding> warnings = new ArrayList<>();
  private final Map<RawFeature, Geometry> lonLat = new java.util.IdentityHashMap<>();
  /** Each layer's CRS as its coordinates are read: with the datum shift the options give. */
  private final Map<RawLayer, Crs> readIn = new java.util.IdentityHashMap<>();
  /** Polygons already in the frame, with what makes them invalid (null when valid). */
  private final Map<RawFeature, Framed> framed = new java.util.IdentityHashMap<>();
  private final Map<String, Site> sites = new LinkedHashMap<>();
  private LocalFrame frame;
  /** The cameras' extent in WGS 84, for a {@link #streaming} assembler, whose cameras come later. */
  private Envelope streamedCameras;
  private Survey withoutCameras;
  /** Whether cameras come a site at a time, after {@link #build}: evidence is tied to them then. */
  private boolean camerasLater;

  private SurveyAssembler(String surveyName, List<RawLayer> rawLayers, Statute statute, ImportOptions options) {
    this.surveyName = surveyName;
    this.options = options;
    this.statute = statute;
    this.layers = new LinkedHashMap<>();
    for (RawLayer layer : rawLayers) {
      layers.computeIfAbsent(layer.name(), k -> new ArrayList<>()).add(layer);
      warnings.addAll(layer.warnings());
    }
  }

  /**
   * Builds the survey.
   *
   * @param surveyName what the user called the input, used as the site id where a layer has none
   * @param rawLayers the layers read from the input's containers; layers of one name from several
   *     inputs are merged, their records concatenated, with ids unique across all of them
   */
  public static Survey assemble(String surveyName, List<RawLayer> rawLayers, Statute statute) {
    return assemble(surveyName, rawLayers, statute, ImportOptions.defaults());
  }

  /**
   * Builds the survey, taking web-map offsets out of coordinates and filling camera numbers
   * from defaults as the options say.
   */
  public static Survey assemble(String surveyName, List<RawLayer> rawLayers, Statute statute, ImportOptions options) {
    return new SurveyAssembler(surveyName, rawLayers, statute, options).build();
  }

  /**
   * Starts a survey whose cameras come later, one site at a time ({@link #siteCameras}): every
   * other layer is assembled now, in the frame {@link #assemble} would pick: that needs the
   * cameras' extent (their positions as {@link #frameBasis} gives them).
   *
   * @param rawLayers every layer but the cameras, and the cameras layer without records
   * @param cameras the cameras' longitude-latitude envelope (null or empty when the survey has none)
   */
  public static SurveyAssembler streaming(String surveyName, List<RawLayer> rawLayers, Envelope cameras,
      Statute statute, ImportOptions options) {
    SurveyAssembler assembler = new SurveyAssembler(surveyName, rawLayers, statute, options);
    assembler.streamedCameras = cameras == null ? new Envelope() : cameras;
    assembler.camerasLater = true;
    assembler.withoutCameras = assembler.build();
    // The records are assembled now: only the layers' names, files and fields are needed for the
    // cameras to come, and the raw records of a city's zones would take gigabytes.
    assembler.lonLat.clear();
    assembler.layers.replaceAll((name, parts) -> parts.stream()
        .map(l -> new RawLayer(l.name(), l.file(), l.crs(), l.fields(), List.of(), List.of())).toList());
    return assembler;
  }

  /** The survey without its cameras, for {@link #streaming} assemblers. */
  public Survey withoutCameras() {
    return withoutCameras;
  }

  /**
   * Validates one site's camera records, as {@link #assemble} validates every camera.
   *
   * @param layer the records, all of one site, as a layer of their own in the cameras' file and CRS
   * @param cameraWarnings gets the warnings the records raise
   */
  public List<Camera> siteCameras(RawLayer layer, List<Finding> cameraWarnings) {
    RawLayer records = options.cameraDefaults().isEmpty() ? layer : withDefaults(layer);
    readIn.put(records, datumResolved(records, options));
    int mark = warnings.size();
    try {
      for (RawFeature feature : records.features()) {
        if (feature.geometry() != null) {
          Geometry g = toLonLat(records, feature);
          lonLat.put(feature, g);
          if (!g.isEmpty()) {
            withinFrame(records, feature, g.getEnvelopeInternal());
          }
        }
      }
      List<Camera> cameras = cameraRecords(records, new HashMap<>());
      List<RawLayer> siteLayers = layers(LayerName.SITES);
      String siteId = cameras.isEmpty() ? null : cameras.get(0).siteId();
      if (siteId != null) {
        warnings.addAll(EvidenceLayer.checkAgainst(EvidenceLayer.ofSites(withoutCameras.evidence(), Set.of(siteId)),
            cameras, frame));
      }
      if (siteId != null && !siteLayers.isEmpty() && !sites.containsKey(siteId)) {
        RawLayer siteLayer = siteLayers.get(0);
        warnings.add(Finding.of(FindingCode.DATA_UNKNOWN_SITE).site(siteId)
            .source(new SourceRef(siteLayer.file(), siteLayer.name(), 0, siteId)).build());
      }
      cameraWarnings.addAll(warnings.subList(mark, warnings.size()));
      return cameras;
    } finally {
      warnings.subList(mark, warnings.size()).clear();
      records.features().forEach(lonLat::remove);
      readIn.remove(records);
    }
  }

  /**
   * A camera's longitude and latitude as the frame is chosen by (its geometry's in WGS 84), or
   * null where the coordinate does not lie in the CRS (an error the camera's validation reports).
   */
  public static double[] frameBasis(Crs crs, ImportOptions options, double x, double y) {
    try {
      RawLayer cameras = new RawLayer("cameras", "", crs, Set.of(), List.of(), List.of());
      Crs readIn = datumResolved(cameras, options);
      double[] ll = lonLat(cameras, "", readIn, x, y);
      return options.datum() == null ? ll : options.datum().toWgs84(ll[0], ll[1]);
    } catch (InputException e) {
      return null;
    }
  }

  private Survey build() {
    if (!options.cameraDefaults().isEmpty()) {
      layers.computeIfPresent(LayerName.CAMERAS.id(), (name, parts) -> parts.stream().map(this::withDefaults).toList());
    }
    List<RawLayer> cameraLayers = layers(LayerName.CAMERAS);
    if (cameraLayers.isEmpty()) {
      throw InputException.file(surveyName, "has no cameras layer (a file cameras.geojson or cameras.csv, or features with \"layer\": \"cameras\")");
    }
    List<RawLayer> owners = new ArrayList<>();
    List<RawFeature> located = new ArrayList<>();
    for (List<RawLayer> parts : layers.values()) {
      for (RawLayer layer : parts) {
        // Only layers with geometry have a datum to judge (a streamed cameras layer gets its records later).
        boolean hasGeometry = layer.name().equals(LayerName.CAMERAS.id())
            || layer.features().stream().anyMatch(f -> f.geometry() != null);
        readIn.put(layer, hasGeometry ? datumResolved(layer, options) : layer.crs());
        if (hasGeometry && layer.crs() != null && layer.crs().datumRelation() == Crs.DatumRelation.UNKNOWN
            && options.towgs84().isEmpty()) {
          warnings.add(Finding.of(FindingCode.DATA_DATUM_UNSHIFTED).site(surveyName)
              .source(new SourceRef(layer.file(), layer.name(), 0, null))
              .figure("datum", layer.crs().datumName()).figure("crs", layer.crs().name()).build());
        }
        for (RawFeature feature : layer.features()) {
          if (feature.geometry() != null) {
            owners.add(layer);
            located.add(feature);
          }
        }
      }
    }
    Geometry[] inLonLat = inParallel(located.size(), i -> toLonLat(owners.get(i), located.get(i)), Geometry[]::new);
    for (int i = 0; i < inLonLat.length; i++) {
      lonLat.put(located.get(i), inLonLat[i]);
    }
    frame = frameAround(cameraLayers);
    List<RawFeature> areas = new ArrayList<>();
    for (LayerName name : List.of(LayerName.SITES, LayerName.ZONES, LayerName.OBSTACLES)) {
      for (RawLayer layer : layers(name)) {
        for (RawFeature feature : layer.features()) {
          if (lonLat.get(feature) instanceof Polygonal) {
            areas.add(feature);
          }
        }
      }
    }
    Framed[] inFrame = inParallel(areas.size(), i -> {
      Geometry local = toFrame(lonLat.get(areas.get(i)));
      return new Framed(local, new IsValidOp(local).getValidationError());
    }, Framed[]::new);
    for (int i = 0; i < inFrame.length; i++) {
      framed.put(areas.get(i), inFrame[i]);
    }
    for (List<RawLayer> parts : layers.values()) {
      for (RawLayer layer : parts) {
        for (RawFeature feature : layer.features()) {
          Geometry g = lonLat.get(feature);
          if (g != null && !g.isEmpty()) {
            withinFrame(layer, feature, g.getEnvelopeInternal());
          }
        }
      }
    }

    Map<String, SourceRef> siteSources = new HashMap<>();
    List<RawLayer> siteLayers = layers(LayerName.SITES);
    for (RawLayer siteLayer : siteLayers) {
      for (RawFeature f : siteLayer.features()) {
        FieldValues v = values(siteLayer, f, "site_id");
        String id = v.requiredText("site_id");
        Geometry boundary = lonLat.containsKey(f) ? polygonal(siteLayer, f, v, true) : null;
        Site site = new Site(id, v.text("name"), v.text("address"), v.text("operator"), boundary, siteClass(v));
        unique(siteSources, id, v, "site_id", "site '" + id + "' is listed twice");
        sites.put(id, site);
      }
    }
    Set<String> listedSites = new HashSet<>(sites.keySet());

    filedEverywhereOrNowhere(cameraLayers);
    List<Camera> cameras = new ArrayList<>();
    Map<String, SourceRef> cameraIds = new HashMap<>();
    Set<String> cameraFields = new LinkedHashSet<>();
    for (RawLayer cameraLayer : cameraLayers) {
      cameras.addAll(cameras(cameraLayer, cameraIds));
      cameraFields.addAll(cameraLayer.fields());
    }
    List<Zone> zones = zones();
    List<Obstacle> obstacles = obstacles();
    List<AccessLogEntry> accessLog = accessLog();
    List<ChecklistAnswer> checklist = checklist();
    List<EvidencePhoto> evidence = EvidenceLayer.read(layers(LayerName.EVIDENCE), lonLat::get, frame);
    if (!camerasLater) {
      warnings.addAll(EvidenceLayer.checkAgainst(evidence, cameras, frame));
    }

    List<String> referenced = new ArrayList<>();
    cameras.forEach(c -> referenced.add(c.siteId()));
    zones.forEach(z -> referenced.add(z.siteId()));
    for (String siteId : referenced) {
      if (!sites.containsKey(siteId)) {
        sites.put(siteId, new Site(siteId, null, null, null, null));
        if (!siteLayers.isEmpty() && listedSites.add(siteId)) {
          RawLayer siteLayer = siteLayers.get(0);
          warnings.add(Finding.of(FindingCode.DATA_UNKNOWN_SITE).site(siteId)
              .source(new SourceRef(siteLayer.file(), siteLayer.name(), 0, siteId)).build());
        }
      }
    }
    return new Survey(surveyName, layers.keySet(), frame, List.copyOf(sites.values()), cameras, zones,
        obstacles, accessLog, checklist, evidence, cameraFields, warnings);
  }

  /**
   * An empty {@code filed} means "not filed" and a missing field "not recorded" (Art. 15): merged
   * camera layers must agree on having it, or the cameras of one would read as unfiled.
   */
  private static void filedEverywhereOrNowhere(List<RawLayer> cameraLayers) {
    RawLayer with = cameraLayers.stream().filter(l -> l.fields().contains("filed")).findFirst().orElse(null);
    RawLayer without = cameraLayers.stream().filter(l -> !l.fields().contains("filed")).findFirst().orElse(null);
    if (with != null && without != null) {
      throw new InputException(without.file(), without.name(), null, "filed",
          "the layer has no such field but the cameras of " + with.file() + " have it, and merged, its cameras would"
              + " read as not filed: give every input the field (empty where not filed), or none");
    }
  }

  private List<RawLayer> layers(LayerName name) {
    return layers.getOrDefault(name.id(), List.of());
  }

  /**
   * Records a record's key, or refuses it when an earlier record has it: the message names the
   * earlier record where it came from another file or layer.
   */
  private static void unique(Map<String, SourceRef> seen, String key, FieldValues v, String field, String reason) {
    SourceRef previous = seen.putIfAbsent(key, v.source());
    if (previous != null) {
      boolean elsewhere = !previous.file().equals(v.source().file());
      throw v.error(field, reason + (elsewhere ? " (also in " + previous.file() + ", record " + previous.recordLabel() + ")" : ""));
    }
  }

  private List<Camera> cameras(RawLayer layer, Map<String, SourceRef> ids) {
    cameraLayerWarnings(layer);
    return cameraRecords(layer, ids);
  }

  /** The warnings about a camera layer as a whole: no site ids, compliance fields it lacks. */
  private void cameraLayerWarnings(RawLayer layer) {
    siteIdPresent(layer);
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

  private List<Camera> cameraRecords(RawLayer layer, Map<String, SourceRef> ids) {
    List<Camera> cameras = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, "camera_id");
      String id = v.requiredText("camera_id");
      String siteId = siteId(layer, v);
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
      Point location = point(layer, f, v);
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
  private RawLayer withDefaults(RawLayer layer) {
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
            .camera(layer.fields().contains("site_id") ? f.text("site_id") : surveyName, cameraId)
            .source(new SourceRef(layer.file(), layer.name(), f.number(), cameraId))
            .figure("fields", String.join(", ", used))
            .build());
      }
      features.add(new RawFeature(f.number(), attributes, f.geometry()));
    }
    return new RawLayer(layer.name(), layer.file(), layer.crs(), fields, features, List.of());
  }

  private List<Zone> zones() {
    List<Zone> zones = new ArrayList<>();
    Map<String, SourceRef> ids = new HashMap<>();
    for (RawLayer layer : layers(LayerName.ZONES)) {
      zones.addAll(zones(layer, ids));
    }
    return zones;
  }

  private List<Zone> zones(RawLayer layer, Map<String, SourceRef> ids) {
    siteIdPresent(layer);
    List<Zone> zones = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, "zone_id");
      String id = v.requiredText("zone_id");
      String siteId = siteId(layer, v);
      unique(ids, siteId + "\u0000" + id, v, "zone_id", "zone '" + id + "' appears twice in site '" + siteId + "'");
      String ruleText = v.requiredText("rule");
      ZoneRule rule = ZoneRule.parse(ruleText).orElseThrow(() -> v.error("rule", "'" + ruleText
          + "' is not mandated (Art. 8), forbidden (Art. 9) or sensitive (the 2025 regulation's Art. 10)"));
      ArticleItem item = v.text("item") == null ? null : item(v, rule);
      PlaceKind kind = kind(v);
      Optional<String> contradiction = PlaceKinds.contradiction(rule, item, kind);
      if (contradiction.isPresent()) {
        throw v.error(kind != null ? "kind" : "item", contradiction.get());
      }
      Double minCover = v.number("min_cover");
      if (minCover != null && (minCover < 0 || minCover > 1)) {
        throw v.error("min_cover", minCover + " is outside 0..1");
      }
      if (!lonLat.containsKey(f)) {
        throw v.error("geometry", "a zone needs a polygon");
      }
      Geometry area = polygonal(layer, f, v, false);
      zones.add(new Zone(id, siteId, rule, item, kind, v.text("name"), minCover, area, v.source()));
    }
    return zones;
  }

  private static SiteClass siteClass(FieldValues v) {
    String text = v.text("class");
    return text == null ? null : SiteClass.parse(text).orElseThrow(() ->
        v.error("class", "'" + text + "' is not a site class: " + SiteClass.codes()));
  }

  private static PlaceKind kind(FieldValues v) {
    String text = v.text("kind");
    return text == null ? null : PlaceKind.parse(text).orElseThrow(() ->
        v.error("kind", "'" + text + "' is not a place kind: " + PlaceKind.codes()));
  }

  /** The measures' item of a mandated or forbidden zone (a sensitive one has none: its caller says so). */
  private ArticleItem item(FieldValues v, ZoneRule rule) {
    String text = v.requiredText("item");
    if (rule.article().isEmpty()) {
      throw v.error("item", "a sensitive zone has no item of the measures (the 2025 regulation's Art. 10 names it)");
    }
    int ruled = rule.article().getAsInt();
    Matcher m = ITEM.matcher(text);
    if (!m.matches()) {
      throw v.error("item", "'" + text + "' is not an article item such as " + ruled + ".3");
    }
    int article = m.group(1) == null ? ruled : Integer.parseInt(m.group(1));
    int item = Integer.parseInt(m.group(2));
    if (article != ruled) {
      throw v.error("item", "a " + rule.code() + " zone falls under Art. " + ruled + ", not Art. " + article);
    }
    int items = statute.article(article).map(a -> a.itemCount()).orElse(0);
    if (item < 1 || item > items) {
      throw v.error("item", "Art. " + article + " has items 1–" + items + ", not " + item);
    }
    return new ArticleItem(article, item);
  }

  private List<Obstacle> obstacles() {
    List<Obstacle> obstacles = new ArrayList<>();
    for (RawLayer layer : layers(LayerName.OBSTACLES)) {
      obstacles.addAll(obstacles(layer));
    }
    return obstacles;
  }

  private List<Obstacle> obstacles(RawLayer layer) {
    List<Obstacle> obstacles = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, "obst_id");
      if (!lonLat.containsKey(f)) {
        throw v.error("geometry", "an obstacle needs a line or a polygon");
      }
      Geometry g = lonLat.get(f);
      Geometry shape;
      if (g instanceof Lineal) {
        shape = toFrame(g);
      } else if (g instanceof Polygonal) {
        shape = polygonal(layer, f, v, false);
      } else {
        throw v.error("geometry", "an obstacle is a line or a polygon, not a " + g.getGeometryType());
      }
      obstacles.add(new Obstacle(v.text("obst_id"), v.text("site_id"), v.text("kind"), shape, v.source()));
    }
    return obstacles;
  }

  private List<AccessLogEntry> accessLog() {
    List<AccessLogEntry> entries = new ArrayList<>();
    for (RawLayer layer : layers(LayerName.ACCESS_LOG)) {
      entries.addAll(accessLog(layer));
    }
    return entries;
  }

  private List<AccessLogEntry> accessLog(RawLayer layer) {
    List<AccessLogEntry> entries = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, null);
      Integer persons = v.integer("persons");
      if (persons != null && persons < 0) {
        throw v.error("persons", persons + " is negative");
      }
      String footage = v.text("footage");
      List<String> cameraIds = footage == null ? List.of()
          : List.of(footage.strip().split("\\s*[,，;；、]\\s*|\\s+"));
      entries.add(new AccessLogEntry(v.requiredText("site_id"), v.dateTime("when"), persons, v.text("approval"),
          v.text("purpose"), cameraIds, v.text("recorded_by"), v.text("retrieved_by"),
          v.text("destination"), v.source()));
    }
    return entries;
  }

  /**
   * The inspector's answers, each on a duty {@link Checklist} lists: {@code article} 11 (item 3,
   * or empty, for its paragraph 3), 12 or 13 (item empty), 19 or 20 (items 1–8). An article and
   * item may also be written together in {@code article}, as 19.4 or 19(4).
   */
  private List<ChecklistAnswer> checklist() {
    List<ChecklistAnswer> answers = new ArrayList<>();
    for (RawLayer layer : layers(LayerName.CHECKLIST)) {
      answers.addAll(checklist(layer));
    }
    return answers;
  }

  private List<ChecklistAnswer> checklist(RawLayer layer) {
    List<ChecklistAnswer> answers = new ArrayList<>();
    for (RawFeature f : layer.features()) {
      FieldValues v = values(layer, f, null);
      String siteId = v.requiredText("site_id");
      String articleText = v.requiredText("article");
      Matcher a = ITEM.matcher(articleText.replaceFirst("^(?i)(art\\.?|article)\\s*", ""));
      if (!a.matches()) {
        throw v.error("article", "'" + articleText + "' is not an article number such as 19");
      }
      int article = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
      String item = a.group(1) != null ? a.group(2) : null;
      String itemText = v.text("item");
      if (itemText != null) {
        Matcher i = ITEM.matcher(itemText.replaceFirst("^[¶(（]\\s*", ""));
        if (!i.matches() || (i.group(1) != null && Integer.parseInt(i.group(1)) != article)
            || (item != null && !item.equals(i.group(2)))) {
          throw v.error("item", "'" + itemText + "' is not an item of Art. " + article + " such as 3");
        }
        item = i.group(2);
      }
      if (item != null) {
        item = Integer.toString(Integer.parseInt(item));
      } else if (article == 11) {
        item = "3"; // the checklist's one duty of Art. 11 is its paragraph 3
      }
      String field = itemText != null ? "item" : "article";
      final String asked = item;
      Checklist.duty(article, item).orElseThrow(() -> v.error(field, unknownDuty(article, asked)));
      String answerText = v.requiredText("answer");
      ChecklistAnswer.Answer answer = ChecklistAnswer.Answer.parse(answerText).orElseThrow(() ->
          v.error("answer", "'" + answerText + "' is not yes, no or na (是/否/不适用)"));
      answers.add(new ChecklistAnswer(siteId, article, item, answer, v.text("note"), v.text("checked_by"),
          v.date("when"), v.source()));
    }
    return answers;
  }

  private static String unknownDuty(int article, String item) {
    String asked = "Art. " + article + (item == null ? "" : " item " + item);
    return switch (article) {
      case 11 -> asked + " is not a checklist duty: Art. 11 is answered on its paragraph 3 (item 3)";
      case 12, 13, 17 -> asked + " is not a checklist duty: Art. " + article + " is answered whole (leave item empty)";
      case 19, 20 -> asked + " is not a checklist duty: Art. " + article + " is answered item by item, 1–8";
      default -> asked + " is not a checklist duty: the checklist answers Art. 11 ¶3, Art. 12, Art. 13, "
          + "Art. 17, Art. 19 items 1–8 and Art. 20 items 1–8";
    };
  }

  private FieldValues values(RawLayer layer, RawFeature f, String idField) {
    String id = idField == null ? null : f.text(idField);
    return new FieldValues(layer, f, id != null ? id : "#" + f.number());
  }

  private void siteIdPresent(RawLayer layer) {
    if (!layer.fields().contains("site_id")) {
      warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).site(surveyName)
          .source(new SourceRef(layer.file(), layer.name(), 0, null))
          .figure("fields", "site_id").build());
    }
  }

  private String siteId(RawLayer layer, FieldValues v) {
    return layer.fields().contains("site_id") ? v.requiredText("site_id") : surveyName;
  }

  private Point point(RawLayer layer, RawFeature f, FieldValues v) {
    Geometry g = lonLat.get(f);
    if (g == null) {
      throw v.error("geometry", "a camera needs a point (lon/lat, x/y or wkt columns in CSV)");
    }
    if (g instanceof MultiPoint mp && mp.getNumGeometries() == 1) {
      g = mp.getGeometryN(0);
    }
    if (!(g instanceof Point p) || p.isEmpty()) {
      throw v.error("geometry", "a camera is a point, not a " + g.getGeometryType());
    }
    return (Point) toFrame(p);
  }

  /** A zone's or site's area in the frame, repaired with a warning where it is not valid. */
  private Geometry polygonal(RawLayer layer, RawFeature f, FieldValues v, boolean optional) {
    Geometry g = lonLat.get(f);
    if (!(g instanceof Polygonal)) {
      throw v.error("geometry", "expected a polygon, found a " + g.getGeometryType());
    }
    // Degenerate where it was drawn (no area even once repaired): a "polygon" along a parallel
    // bulges in the frame (parallels curve there), metres wide over kilometres, and would pass
    // the width check below.
    // A ring with area as drawn keeps it once repaired (the repair keeps every lobe): only one
    // without needs the (costly) repair to tell.
    if (f.geometry() != null && !(f.geometry().getArea() > 0)
        && polygonsOf(GeometryFixer.fix(f.geometry())).getArea() == 0) {
      throw v.error("geometry", "the polygon has no area");
    }
    Framed pre = framed.remove(f);
    Geometry local = pre != null ? pre.local() : toFrame(g);
    TopologyValidationError problem = pre != null ? pre.problem() : new IsValidOp(local).getValidationError();
    if (problem != null) {
      Geometry fixed = polygonsOf(GeometryFixer.fix(local));
      warnings.add(Finding.of(FindingCode.DATA_GEOMETRY_REPAIRED).source(v.source())
          .site(layer.fields().contains("site_id") ? v.text("site_id") : surveyName)
          .figure("reason", problem.getMessage())
          .figure("area_before_m2", round(local.getArea()))
          .figure("area_after_m2", round(fixed.getArea()))
          .build());
      local = fixed;
    }
    // A polygon drawn as a line is not quite one in the frame, whose parallels curve: it comes
    // out a sliver hundredths of a millimetre wide, which has an area all the same.
    if (local.isEmpty() || !(2 * local.getArea() / local.getLength() >= MIN_MEAN_WIDTH_METRES)) {
      throw v.error("geometry", "the polygon has no area");
    }
    return local;
  }

  private record Framed(Geometry local, TopologyValidationError problem) {}

  /**
   * Works out {@code n} results on every core, each on its own; the first failure in index order
   * is thrown, as a loop would have thrown it.
   */
  private static <T> T[] inParallel(int n, java.util.function.IntFunction<T> work,
      java.util.function.IntFunction<T[]> array) {
    T[] results = array.apply(n);
    RuntimeException[] failures = new RuntimeException[n];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
      try {
        results[i] = work.apply(i);
      } catch (RuntimeException e) {
        failures[i] = e;
      }
    });
    for (RuntimeException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    return results;
  }

  private static Geometry polygonsOf(Geometry g) {
    if (g instanceof Polygonal) {
      return g;
    }
    @SuppressWarnings("unchecked")
    List<org.locationtech.jts.geom.Polygon> polygons = PolygonExtracter.getPolygons(g);
    return g.getFactory().buildGeometry(polygons);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /**
   * The CRS a layer's coordinates are read in: its own, shifted by {@code --towgs84} where its
   * datum is not WGS 84's; one on a datum no shift is known for is refused unless {@code
   * --accept-datum} takes it as it stands.
   */
  private static Crs datumResolved(RawLayer layer, ImportOptions options) {
    Crs crs = layer.crs();
    if (crs == null || crs.datumRelation() == Crs.DatumRelation.AS_WGS84) {
      return crs;
    }
    if (!options.towgs84().isEmpty()) {
      return crs.withTowgs84(options.towgs84().stream().mapToDouble(Double::doubleValue).toArray());
    }
    if (crs.datumRelation() == Crs.DatumRelation.UNKNOWN && !options.acceptDatum()) {
      throw new InputException(layer.file(), layer.name(), null, null, "is on the datum " + crs.datumName()
          + " (" + crs.name() + "), for which the EPSG data camsurvey ships has no shift to WGS 84: give one with"
          + " --towgs84 dx,dy,dz[,rx,ry,rz,ds] (as PROJ's +towgs84), reproject the file to CGCS2000 or WGS 84,"
          + " or read it unshifted with --accept-datum (positions tens to hundreds of metres off)");
    }
    return crs;
  }

  /** Every geometry in WGS 84; edges of projected input split first so they stay straight. */
  private Geometry toLonLat(RawLayer layer, RawFeature feature) {
    Crs crs = readIn.get(layer);
    String label = label(feature);
    if (crs == null) {
      throw new InputException(layer.file(), layer.name(), label, null,
          "the coordinates' CRS is unknown: give it with --crs (e.g. --crs EPSG:4545)");
    }
    Geometry g = feature.geometry();
    if (g instanceof GeometryCollection gc && !(g instanceof Polygonal) && !(g instanceof Lineal)
        && !(g instanceof MultiPoint)) {
      throw new InputException(layer.file(), layer.name(), label, "geometry",
          "a GeometryCollection is not a survey geometry");
    }
    if (!crs.isGeographic() && g.getDimension() > 0) {
      // The vertices first: a typo far outside the CRS must be reported, not densified.
      for (Coordinate c : g.getCoordinates()) {
        lonLat(layer, label, crs, c.x, c.y);
      }
      Envelope extent = g.getEnvelopeInternal();
      if (Math.max(extent.getWidth(), extent.getHeight()) > MAX_PROJECTED_EXTENT_METRES) {
        throw new InputException(layer.file(), layer.name(), label, "geometry",
            "the geometry spans " + Math.round(extent.getWidth() / 1000) + " × " + Math.round(extent.getHeight() / 1000)
                + " km in " + crs.name() + ", more than any place a survey draws: check its coordinates and the CRS");
      }
      g = Densifier.densify(g, Math.max(DENSIFY_METRES, g.getLength() / MAX_DENSIFIED_VERTICES));
    }
    return Reprojection.copy(g, (x, y) -> {
      double[] ll = lonLat(layer, label, crs, x, y);
      return options.datum() == null ? ll : options.datum().toWgs84(ll[0], ll[1]);
    });
  }

  private static String outsideAreaOfUse(Crs crs, double x, double y) {
    return "coordinate " + x + ", " + y + " does not lie in " + crs.name() + "'s area of use";
  }

  /** One coordinate in WGS 84, or an error where it does not lie in the CRS's area of use. */
  private static double[] lonLat(RawLayer layer, String label, Crs crs, double x, double y) {
    if (crs.isGeographic() && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
      throw new InputException(layer.file(), layer.name(), label, "geometry",
          "coordinate " + x + ", " + y + " is not a longitude and latitude in " + crs.name()
              + (crs == Crs.wgs84() ? "; if the data is projected, give its CRS with --crs (e.g. --crs EPSG:4545)" : ""));
    }
    double[] ll;
    boolean inArea;
    try {
      ll = crs.toLonLat(x, y);
      // The local frame is undefined at 85° and beyond, and a transverse Mercator's inverse wraps
      // an easting far outside its zone (zone-prefixed coordinates under a CRS without the
      // prefix, say) round to some finite place: only a round trip shows it is not in the CRS.
      inArea = Math.abs(ll[0]) <= 180 && Math.abs(ll[1]) < 85;
      if (inArea && !crs.isGeographic()) {
        double[] back = crs.fromLonLat(ll[0], ll[1]);
        double dx = back[0] - x;
        double dy = back[1] - y;
        inArea = dx * dx + dy * dy < 1;
      }
    } catch (RuntimeException e) {
      // proj4j's projections (a legacy GeoJSON crs may name any PROJ string) throw on points
      // they cannot project rather than return NaN.
      throw new InputException(layer.file(), layer.name(), label, "geometry", outsideAreaOfUse(crs, x, y), e);
    }
    if (!inArea) {
      throw new InputException(layer.file(), layer.name(), label, "geometry", outsideAreaOfUse(crs, x, y));
    }
    return ll;
  }

  /** Fails on a geometry too far from the frame's centre for positions in it to mean anything. */
  private void withinFrame(RawLayer layer, RawFeature feature, Envelope lonLatEnvelope) {
    for (double lon : new double[] {lonLatEnvelope.getMinX(), lonLatEnvelope.getMaxX()}) {
      double offset = Math.abs(lon - frame.centralLongitude());
      if (offset > MAX_SPREAD_DEGREES) {
        throw new InputException(layer.file(), layer.name(), label(feature), "geometry",
            "longitude " + lon + " lies " + Math.round(offset) + "° from the survey's centre at "
                + round(frame.centralLongitude()) + "°; a survey reaches at most " + (int) MAX_SPREAD_DEGREES
                + "° either side of its centre (check the longitude's sign and the CRS)");
      }
    }
  }

  private static String label(RawFeature feature) {
    for (String idField : List.of("camera_id", "zone_id", "site_id", "obst_id")) {
      String id = feature.text(idField);
      if (id != null) {
        return id;
      }
    }
    return "#" + feature.number();
  }

  /**
   * The frame is centred on the cameras (or, without any, on everything else), unless that would
   * leave a geometry farther than {@link #MAX_SPREAD_DEGREES} from its centre: then on everything
   * (a national survey whose cameras lie to one side of its zones).
   */
  private LocalFrame frameAround(List<RawLayer> cameraLayers) {
    Envelope cameras = streamedCameras != null ? new Envelope(streamedCameras) : new Envelope();
    for (RawLayer cameraLayer : cameraLayers) {
      for (RawFeature f : cameraLayer.features()) {
        Geometry g = lonLat.get(f);
        if (g != null) {
          cameras.expandToInclude(g.getEnvelopeInternal());
        }
      }
    }
    Envelope all = new Envelope(cameras);
    lonLat.values().forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
    if (all.isNull()) {
      return LocalFrame.around(106.5, 29.5);
    }
    Envelope basis = cameras.isNull() ? all : cameras;
    double centre = basis.centre().x;
    if (Math.max(centre - all.getMinX(), all.getMaxX() - centre) > MAX_SPREAD_DEGREES) {
      basis = all;
    }
    return LocalFrame.around(basis.centre().x, basis.centre().y);
  }

  private Geometry toFrame(Geometry lonLatGeometry) {
    return frame.fromLonLat(lonLatGeometry);
  }

}
