package org.camsurvey.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camsurvey.model.Finding;
import org.camsurvey.model.SourceRef;

/**
 * Renames the fields and values of a municipal export to the canonical ones of docs/SURVEY-FORMAT.md
 * ({@code --map FILE}, or a preset such as {@code --map osm}).
 *
 * <p>The file is UTF-8 text, one mapping a line, split at the first {@code =} (so that source
 * names may hold {@code :} as OpenStreetMap's do): {@code 方向角=heading} renames a field, and
 * {@code cam_type.球机=ptz} maps a value of a canonical field. Two extensions of the spec's
 * format name layers: {@code @layer.摄像机=cameras} renames a layer (a file, table or sheet
 * named 摄像机: a file, a zip entry, a GeoPackage table, a workbook sheet, a KML folder), and
 * {@code @layer=cameras} puts records of a file that names no layer into one. Three more serve
 * exports such as OpenStreetMap's: {@code @hstore=other_tags} spreads the tags a field holds in
 * hstore syntax (GDAL's OSM layout) into fields of their own; {@code @layer-property=none} says that
 * a {@code layer} property is the data's own (OSM's stacking order), not a survey layer; and
 * {@code @crowd-mapped=yes} reads heading, tilt and type as {@link CrowdMappedTags} does.
 * Lines starting with {@code #} are comments. Source names and values match case-insensitively.
 */
public final class FieldMapping {
  private static final long MAX_FILE_BYTES = 1L << 20;

  private static final String PRESET_PREFIX = "mapping-";

  private final String source;
  private final Map<String, String> fields;
  private final Map<String, Map<String, String>> values;
  private final Map<String, String> layers;
  private final String defaultLayer;
  private final Directives directives;

  /**
   * What the mapping says beyond renaming.
   *
   * @param hstoreFields fields whose hstore text is spread into fields (lower case)
   * @param layerProperty the property by which a feature of a combined file names its layer, or
   *     null where none does
   * @param crowdMapped whether heading, tilt and type are read as crowd-mapped tags
   */
  private record Directives(Set<String> hstoreFields, String layerProperty, boolean crowdMapped) {
    static final Directives NONE = new Directives(Set.of(), "layer", false);
  }

  private FieldMapping(String source, Map<String, String> fields, Map<String, Map<String, String>> values,
      Map<String, String> layers, String defaultLayer, Directives directives) {
    this.source = source;
    this.fields = fields;
    this.values = values;
    this.layers = layers;
    this.defaultLayer = defaultLayer;
    this.directives = directives;
  }

  /** No renaming at all. */
  public static FieldMapping none() {
    return new FieldMapping("none", Map.of(), Map.of(), Map.of(), null, Directives.NONE);
  }

  /**
   * A preset by name ({@code osm}) or a mapping file.
   *
   * @throws InputException when the file cannot be read or a line is not a mapping
   */
  public static FieldMapping load(String presetOrFile) {
    try (InputStream preset = FieldMapping.class.getResourceAsStream(
        PRESET_PREFIX + presetOrFile.toLowerCase(Locale.ROOT) + ".txt")) {
      if (preset != null && !presetOrFile.contains("/") && !presetOrFile.contains(".")) {
        return parse("preset " + presetOrFile, new String(preset.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the mapping preset " + presetOrFile, e);
    }
    Path file = Path.of(presetOrFile);
    if (!Files.isRegularFile(file)) {
      throw InputException.file(presetOrFile, "is neither a mapping file nor a preset (presets: osm)");
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw InputException.file(presetOrFile, "is " + Files.size(file) + " bytes; a mapping file of more than "
            + (MAX_FILE_BYTES >> 20) + " MiB is refused (it is a few lines of renamings)");
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return parse(presetOrFile, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      throw InputException.file(presetOrFile, "a mapping file must be UTF-8 text");
    } catch (IOException e) {
      throw InputException.file(presetOrFile, "cannot be read: " + e.getMessage());
    }
  }

  static FieldMapping parse(String source, String text) {
    Set<String> canonical = new LinkedHashSet<>();
    LayerSchema.ALL.forEach(s -> s.fields().forEach(f -> canonical.add(f.name())));
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    Map<String, String> layers = new HashMap<>();
    String defaultLayer = null;
    Set<String> hstore = new LinkedHashSet<>();
    String layerProperty = Directives.NONE.layerProperty();
    boolean crowdMapped = false;
    int lineNumber = 0;
    for (String raw : text.split("\\R")) {
      lineNumber++;
      String at = "line " + lineNumber;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || eq == line.length() - 1) {
        throw new InputException(source, null, at, null,
            "'" + line + "' is not a mapping (write source_name=canonical_name or field.source_value=canonical_value)");
      }
      String key = line.substring(0, eq).strip();
      String target = line.substring(eq + 1).strip();
      String lowerKey = key.toLowerCase(Locale.ROOT);
      String lowerTarget = target.toLowerCase(Locale.ROOT);
      if (lowerKey.equals("@hstore")) {
        hstore.add(lowerTarget);
        continue;
      }
      if (lowerKey.equals("@layer-property")) {
        layerProperty = lowerTarget.equals("none") ? null : lowerTarget;
        continue;
      }
      if (lowerKey.equals("@crowd-mapped")) {
        if (!lowerTarget.equals("yes") && !lowerTarget.equals("no")) {
          throw new InputException(source, null, at, null, "@crowd-mapped takes yes or no, not '" + target + "'");
        }
        crowdMapped = lowerTarget.equals("yes");
        continue;
      }
      if (lowerKey.equals("@layer") || lowerKey.startsWith("@layer.")) {
        String layer = LayerName.parse(target).map(LayerName::id).orElseThrow(() ->
            new InputException(source, null, at, null, "'" + target + "' is not a survey layer"));
        if (lowerKey.equals("@layer")) {
          defaultLayer = layer;
        } else {
          layers.put(lowerKey.substring("@layer.".length()), layer);
        }
        continue;
      }
      int dot = key.indexOf('.');
      if (dot > 0 && canonical.contains(key.substring(0, dot).toLowerCase(Locale.ROOT))) {
        values.computeIfAbsent(key.substring(0, dot).toLowerCase(Locale.ROOT), k -> new HashMap<>())
            .put(key.substring(dot + 1).strip().toLowerCase(Locale.ROOT), target);
        continue;
      }
      String field = target.toLowerCase(Locale.ROOT);
      if (!canonical.contains(field)) {
        throw new InputException(source, null, at, null,
            "'" + target + "' is not a field of the survey format");
      }
      fields.put(lowerKey, field);
    }
    return new FieldMapping(source, fields, values, layers, defaultLayer,
        new Directives(Set.copyOf(hstore), layerProperty, crowdMapped));
  }

  /**
   * The property by which a feature of a combined file (GeoJSON) names its layer: {@code layer},
   * unless the mapping says the data's own {@code layer} is no survey layer.
   */
  public Optional<String> layerProperty() {
    return Optional.ofNullable(directives.layerProperty());
  }

  /** The layer for records of a file whose name names none, if the mapping says. */
  public Optional<String> defaultLayer() {
    return Optional.ofNullable(defaultLayer);
  }

  /** The survey layer a source layer name stands for, by the mapping or as it is. */
  public Optional<String> layer(String sourceName) {
    String lower = sourceName.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(layers.get(lower)).or(() -> LayerName.parse(lower).map(LayerName::id));
  }

  /**
   * The one source field that gives a canonical field its values unchanged, among a layer's
   * fields: empty where none does, where several may (the first filled one wins, record by
   * record) or where the mapping changes its values.
   */
  public Optional<String> onlySource(String canonical, java.util.Collection<String> sourceFields) {
    if (values.containsKey(canonical)) {
      return Optional.empty();
    }
    List<String> sources = sourceFields.stream()
        .filter(f -> fields.getOrDefault(f, f).equals(canonical))
        .toList();
    return sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty();
  }

  /** How the mapping renames the values of a canonical field (lower-case source value → value). */
  Map<String, String> values(String canonical) {
    return Map.copyOf(values.getOrDefault(canonical, Map.of()));
  }

  /** The layers with their fields and values renamed. */
  public List<RawLayer> apply(List<RawLayer> layers) {
    if (fields.isEmpty() && values.isEmpty() && this.layers.isEmpty() && directives.equals(Directives.NONE)) {
      return layers;
    }
    CrowdMappedTags tags = directives.crowdMapped() ? new CrowdMappedTags(values("heading")) : null;
    List<RawLayer> mapped = new ArrayList<>();
    for (RawLayer layer : layers) {
      String name = layer(layer.name()).orElse(layer.name());
      Set<String> names = new LinkedHashSet<>();
      List<RawFeature> features = new ArrayList<>(layer.features().size());
      List<Finding> warnings = new ArrayList<>(layer.warnings());
      for (RawFeature feature : layer.features()) {
        Map<String, Object> spread = spread(layer, feature);
        spread.keySet().forEach(f -> names.add(fields.getOrDefault(f, f)));
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, Object> attributes = attributes(spread, sourceOf);
        if (tags == null) {
          features.add(new RawFeature(feature.number(), attributes, feature.geometry()));
        } else {
          SourceRef ref = new SourceRef(layer.file(), name, feature.number(), RawFeature.text(attributes.get("camera_id")));
          for (Map<String, Object> record : tags.read(attributes, sourceOf, ref, warnings)) {
            features.add(new RawFeature(feature.number(), record, feature.geometry()));
          }
        }
      }
      for (String f : layer.fields()) {
        if (!directives.hstoreFields().contains(f)) {
          names.add(fields.getOrDefault(f, f));
        }
      }
      mapped.add(new RawLayer(name, layer.file(), layer.crs(), names, features, warnings));
    }
    return mapped;
  }

  /** A record's values with the tags of its hstore fields spread into fields (a field of its own wins). */
  private Map<String, Object> spread(RawLayer layer, RawFeature feature) {
    if (directives.hstoreFields().isEmpty()) {
      return feature.attributes();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : feature.attributes().entrySet()) {
      if (!directives.hstoreFields().contains(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    for (String field : directives.hstoreFields()) {
      String text = feature.text(field);
      if (text != null) {
        Map<String, String> tags = HstoreTags.parse(text).orElseThrow(() -> new InputException(layer.file(), layer.name(),
            "#" + feature.number(), field, "is not a list of tags in hstore syntax (\"key\"=>\"value\", …)"));
        tags.forEach(out::putIfAbsent);
      }
    }
    return out;
  }

  /**
   * Renames the attributes: a mapped source field's non-empty value wins over a field that was
   * already named canonically, and among several source fields mapped to one name the first
   * non-empty wins.
   *
   * @param sourceOf filled with the source field each renamed value came from
   */
  private Map<String, Object> attributes(Map<String, Object> source, Map<String, String> sourceOf) {
    Map<String, Object> out = new LinkedHashMap<>();
    Set<String> filledByMapping = new java.util.HashSet<>();
    for (Map.Entry<String, Object> e : source.entrySet()) {
      String target = fields.get(e.getKey());
      boolean filled = e.getValue() != null && !e.getValue().toString().isBlank();
      if (target != null && filled && filledByMapping.add(target)) {
        out.put(target, e.getValue());
        sourceOf.put(target, e.getKey());
      } else {
        out.putIfAbsent(target != null ? target : e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, Map<String, String>> field : values.entrySet()) {
      Object value = out.get(field.getKey());
      if (value != null) {
        String mappedValue = field.getValue().get(value.toString().strip().toLowerCase(Locale.ROOT));
        if (mappedValue != null) {
          out.put(field.getKey(), mappedValue);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return source;
  }
}
