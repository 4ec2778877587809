package org.camsurvey.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camsurvey.geo.Crs;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@link KmlReader} gathers from one or more KML documents: the folders, the Placemarks, and
 * the collector that lays them out as layers once every folder's name is known.
 */
final class KmlPlacemarks {
  private static final List<String> ID_FIELDS = List.of("camera_id", "zone_id", "site_id", "obst_id");

  private KmlPlacemarks() {}

  /** A Folder or Document, whose name may come after its Placemarks. */
  static final class Container {
    final Container parent;
    String name;

    Container(Container parent) {
      this.parent = parent;
    }

    /** The layer of the innermost container named after one, or named one by the mapping. */
    Optional<LayerName> layer(FieldMapping mapping) {
      for (Container c = this; c != null; c = c.parent) {
        if (c.name != null) {
          Optional<LayerName> layer = mapping.layer(c.name).flatMap(LayerName::parse);
          if (layer.isPresent()) {
            return layer;
          }
        }
      }
      return Optional.empty();
    }
  }

  /** A Placemark as read, before its layer is known. */
  static final class Placemark {
    final Container container;
    final int line;
    String name;
    final Map<String, String> data = new LinkedHashMap<>();
    final Set<String> schemaFields = new LinkedHashSet<>();
    Geometry geometry;

    Placemark(Container container, int line) {
      this.container = container;
      this.line = line;
    }

    String label() {
      for (String field : ID_FIELDS) {
        String id = data.get(field);
        if (id != null && !id.isBlank()) {
          return id.strip();
        }
      }
      return null;
    }
  }

  /** Gathers Placemarks from one or more documents and lays them out as layers. */
  static final class Collector {
    final String shown;
    final String layerFromName;
    final FieldMapping mapping;
    final List<Placemark> placemarks = new ArrayList<>();
    final List<Container> containers = new ArrayList<>();
    /** The file each placemark came from, for messages. */
    final Map<Placemark, String> files = new HashMap<>();

    Collector(String shown, String layerFromName, FieldMapping mapping) {
      this.shown = shown;
      this.layerFromName = layerFromName;
      this.mapping = mapping;
    }

    List<RawLayer> layers() {
      Map<String, List<RawFeature>> features = new LinkedHashMap<>();
      Map<String, Set<String>> fields = new LinkedHashMap<>();
      for (Container c : containers) {
        if (c.name != null) {
          mapping.layer(c.name).flatMap(LayerName::parse)
              .ifPresent(l -> features.computeIfAbsent(l.id(), k -> new ArrayList<>()));
        }
      }
      int position = 0;
      for (Placemark p : placemarks) {
        position++;
        String file = files.getOrDefault(p, shown);
        String layer = layerOf(file, p, position);
        Map<String, Object> attributes = new LinkedHashMap<>(p.data);
        attributes.remove("layer");
        if (p.name != null && !attributes.containsKey("name")
            && LayerSchema.of(LayerName.parse(layer).orElseThrow()).field("name").isPresent()) {
          attributes.put("name", p.name);
        }
        // Google Earth shows a Placemark by its name: for a camera that is its number.
        if (p.name != null && !p.name.isBlank() && layer.equals(LayerName.CAMERAS.id()) && !attributes.containsKey("camera_id")) {
          attributes.put("camera_id", p.name.strip());
        }
        List<RawFeature> list = features.computeIfAbsent(layer, k -> new ArrayList<>());
        list.add(new RawFeature(list.size() + 1, attributes, p.geometry));
        Set<String> names = fields.computeIfAbsent(layer, k -> new LinkedHashSet<>());
        names.addAll(p.schemaFields);
        names.addAll(attributes.keySet());
      }
      if (features.isEmpty() && layerFromName != null) {
        features.put(layerFromName, List.of());
      }
      List<RawLayer> layers = new ArrayList<>();
      for (Map.Entry<String, List<RawFeature>> e : features.entrySet()) {
        Set<String> names = new LinkedHashSet<>(fields.getOrDefault(e.getKey(), Set.of()));
        names.remove("layer");
        layers.add(new RawLayer(e.getKey(), shown, Crs.wgs84(), names, e.getValue(), List.of()));
      }
      return layers;
    }

    private String layerOf(String file, Placemark p, int position) {
      Optional<LayerName> folder = p.container == null ? Optional.empty() : p.container.layer(mapping);
      String declared = p.data.get("layer");
      Optional<LayerName> field = declared == null || declared.isBlank() ? Optional.empty() : LayerName.parse(declared);
      String record = p.label() != null ? p.label() : "#" + position;
      if (declared != null && !declared.isBlank() && field.isEmpty()) {
        throw new InputException(file, null, record, "layer", "unknown layer '" + declared.strip()
            + "' (expected sites, cameras, zones, obstacles, access_log, checklist or evidence; Placemark at line " + p.line + ")");
      }
      if (folder.isPresent() && field.isPresent() && folder.get() != field.get()) {
        throw new InputException(file, null, record, "layer", "the Placemark at line " + p.line + " is in folder '"
            + folder.get().id() + "' but its 'layer' field says '" + field.get().id() + "'");
      }
      if (folder.isPresent()) {
        return folder.get().id();
      }
      if (field.isPresent()) {
        return field.get().id();
      }
      if (layerFromName != null) {
        return layerFromName;
      }
      throw new InputException(file, null, record, null, "the Placemark at line " + p.line
          + " is in no folder named after a layer and has no 'layer' field: put it in a Folder named cameras, zones, "
          + "sites or obstacles, or give it ExtendedData 'layer'");
    }
  }
}
