package org.camsurvey.survey;

import static org.camsurvey.survey.Wgs84Geometry.datumResolved;
import static org.camsurvey.survey.Wgs84Geometry.lonLat;
import static org.camsurvey.survey.Wgs84Geometry.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camsurvey.geo.Crs;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.law.Checklist;
import org.camsurvey.law.Statute;
import org.camsurvey.model.AccessLogEntry;
import org.camsurvey.model.Camera;
import org.camsurvey.model.ChecklistAnswer;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Obstacle;
import org.camsurvey.model.Site;
import org.camsurvey.model.SiteParticulars;
import org.camsurvey.model.SiteClass;
import org.camsurvey.model.SourceRef;
import org.camsurvey.model.Survey;
import org.camsurvey.model.Zone;
import org.camsurvey.read.ImportOptions;
import org.camsurvey.read.InputException;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;

/**
 * Validates raw layers into a {@link Survey}: every field of docs/SURVEY-FORMAT.md checked, every
 * geometry turned into WGS 84 and then into one local metric frame around the survey.
 *
 * <p>What can be repaired safely (a self-intersecting polygon) is repaired with a warning; what
 * cannot stops the import with an {@link InputException} naming file, layer, record and field.
 */
public final class SurveyAssembler {
  /** The local frame's transverse Mercator keeps its accuracy within about 3,900 km of its
   * central meridian, and wraps round past 90°: farther than this from the frame's centre, a
   * position in the frame means nothing (it is a sign typo, or another continent). A survey may
   * span twice this: China's 73°E–135°E is 31° either side of its middle. */
  private static final double MAX_SPREAD_DEGREES = 35;
  // Digits bounded so that Integer.parseInt cannot overflow: no article or item has ten.
  static final Pattern ITEM = Pattern.compile("(?:(\\d{1,9})\\s*[.．(（-]\\s*)?(\\d{1,9})\\s*[)）]?");

  private final String surveyName;
  /** Layers by name; several inputs may each hold a part of one layer. */
  private final Map<String, List<RawLayer>> layers;
  private final ImportOptions options;
  private final List<Finding> warnings = new ArrayList<>();
  private final Map<RawFeature, Geometry> lonLat = new java.util.IdentityHashMap<>();
  /** Each layer's CRS as its coordinates are read: with the datum shift the options give. */
  private final Map<RawLayer, Crs> readIn = new java.util.IdentityHashMap<>();
  private final Map<RawFeature, FrameGeometry.Framed> framed = new java.util.IdentityHashMap<>();
  private final Map<String, Site> sites = new LinkedHashMap<>();
  private LocalFrame frame;
  private FrameGeometry geometry;
  /** The cameras' extent in WGS 84, for a {@link #streaming} assembler, whose cameras come later. */
  private Envelope streamedCameras;
  private Survey withoutCameras;
  /** Whether cameras come a site at a time, after {@link #build}: evidence is tied to them then. */
  private boolean camerasLater;
  private final CameraRecords cameraRecords;
  private final ZoneRecords zoneRecords;

  private SurveyAssembler(String surveyName, List<RawLayer> rawLayers, Statute statute, ImportOptions options) {
    this.surveyName = surveyName;
    this.options = options;
    this.layers = new LinkedHashMap<>();
    RecordKeys keys = new RecordKeys(surveyName, warnings);
    this.cameraRecords = new CameraRecords(keys, options, warnings);
    this.zoneRecords = new ZoneRecords(keys, statute);
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
    RawLayer records = options.cameraDefaults().isEmpty() ? layer : cameraRecords.withDefaults(layer);
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
      List<Camera> cameras = cameraRecords.records(records, new HashMap<>(), geometry);
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
      layers.computeIfPresent(LayerName.CAMERAS.id(), (name, parts) -> parts.stream().map(cameraRecords::withDefaults).toList());
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
    Geometry[] inLonLat = Parallel.each(located.size(), i -> toLonLat(owners.get(i), located.get(i)), Geometry[]::new);
    for (int i = 0; i < inLonLat.length; i++) {
      lonLat.put(located.get(i), inLonLat[i]);
    }
    frame = frameAround(cameraLayers);
    geometry = new FrameGeometry(frame, lonLat, framed, surveyName, warnings);
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
    FrameGeometry.Framed[] inFrame = Parallel.each(areas.size(), i -> geometry.framed(areas.get(i)),
        FrameGeometry.Framed[]::new);
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
        Geometry boundary = lonLat.containsKey(f) ? geometry.polygonal(siteLayer, f, v, true) : null;
        Site site = new Site(id, v.text("name"), v.text("address"), v.text("operator"), boundary, siteClass(v),
            new SiteParticulars(v.text("contact"), v.text("phone"), v.text("credit_code"), v.text("builder")));
        RecordKeys.unique(siteSources, id, v, "site_id", "site '" + id + "' is listed twice");
        sites.put(id, site);
      }
    }
    Set<String> listedSites = new HashSet<>(sites.keySet());

    CameraRecords.filedEverywhereOrNowhere(cameraLayers);
    List<Camera> cameras = new ArrayList<>();
    Map<String, SourceRef> cameraIds = new HashMap<>();
    Set<String> cameraFields = new LinkedHashSet<>();
    for (RawLayer cameraLayer : cameraLayers) {
      cameraRecords.layerWarnings(cameraLayer);
      cameras.addAll(cameraRecords.records(cameraLayer, cameraIds, geometry));
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

  private List<RawLayer> layers(LayerName name) {
    return layers.getOrDefault(name.id(), List.of());
  }

  private List<Zone> zones() {
    List<Zone> zones = new ArrayList<>();
    Map<String, SourceRef> ids = new HashMap<>();
    for (RawLayer layer : layers(LayerName.ZONES)) {
      zones.addAll(zoneRecords.zones(layer, ids, geometry));
    }
    return zones;
  }

  private static SiteClass siteClass(FieldValues v) {
    String text = v.text("class");
    return text == null ? null : SiteClass.parse(text).orElseThrow(() ->
        v.error("class", "'" + text + "' is not a site class: " + SiteClass.codes()));
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
        shape = geometry.toFrame(g);
      } else if (g instanceof Polygonal) {
        shape = geometry.polygonal(layer, f, v, false);
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
      entries.addAll(DutyRecords.accessLog(layer));
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
      answers.addAll(DutyRecords.checklist(layer));
    }
    return answers;
  }

  static FieldValues values(RawLayer layer, RawFeature f, String idField) {
    String id = idField == null ? null : f.text(idField);
    return new FieldValues(layer, f, id != null ? id : "#" + f.number());
  }

  /** Every geometry in WGS 84, in the CRS its layer is read in. */
  private Geometry toLonLat(RawLayer layer, RawFeature feature) {
    return Wgs84Geometry.toLonLat(layer, feature, readIn.get(layer), options);
  }

  /** Fails on a geometry too far from the frame's centre for positions in it to mean anything. */
  private void withinFrame(RawLayer layer, RawFeature feature, Envelope lonLatEnvelope) {
    for (double lon : new double[] {lonLatEnvelope.getMinX(), lonLatEnvelope.getMaxX()}) {
      double offset = Math.abs(lon - frame.centralLongitude());
      if (offset > MAX_SPREAD_DEGREES) {
        throw new InputException(layer.file(), layer.name(), label(feature), "geometry",
            "longitude " + lon + " lies " + Math.round(offset) + "° from the survey's centre at "
                + FrameGeometry.round(frame.centralLongitude()) + "°; a survey reaches at most " + (int) MAX_SPREAD_DEGREES
                + "° either side of its centre (check the longitude's sign and the CRS)");
      }
    }
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

}
