package org.camsurvey.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One conclusion of a check, with the figures it rests on.
 *
 * <p>A finding is data, not a sentence: the message in a reader's language is made from the
 * code and the figures where the finding is shown.
 *
 * @param code the stable code of docs/RULES.md
 * @param item the item (项) of the article, e.g. "3" for Art. 9(3), or null
 * @param siteId the site in breach (a camera's own site), or null for survey-wide warnings
 * @param cameraId the camera concerned, or null
 * @param zoneId the zone concerned, or null
 * @param zoneSiteId the zone's site where it differs from {@code siteId}, else null
 * @param figures measured values by snake_case name (overlap_m2, coverage, …), in report order
 * @param shape where the finding is on the ground (the overlap, the uncovered part), or null;
 *     {@link #geometry} gives it
 * @param source the record a data warning is about, or null
 * @param severity how much the finding weighs: the code's own severity unless the finding's
 *     article and item grade it otherwise (a checklist answer on Art. 12 is a deficiency, on
 *     Art. 20(2) a violation)
 * @param consequence the article saying what follows, likewise the code's own unless the item
 *     names another, or null where none does
 * @param party who bears the duty, likewise the code's own unless the item names another
 * @param law the law whose rule made the finding (its code's), or the law a data warning was
 *     raised under ({@code DATA_MISSING_FIELD} for a field only the regulation needs); null for
 *     warnings about the survey itself
 */
public record Finding(
    FindingCode code,
    String item,
    String siteId,
    String cameraId,
    String zoneId,
    String zoneSiteId,
    Map<String, Object> figures,
    Shape shape,
    SourceRef source,
    Severity severity,
    String consequence,
    Party party,
    LawId law) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(party, "party");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  public String article() {
    return code.article();
  }

  /** Where the finding is on the ground, or null. */
  public Geometry geometry() {
    return shape == null ? null : shape.geometry();
  }

  /**
   * The id of the record a data warning is about, when that record's layer names it by {@code
   * field} ({@code camera_id} in cameras, {@code zone_id} in zones, {@code obst_id} in obstacles),
   * so that filtering by a camera or zone finds the warning too; else the finding's own id there.
   */
  public String recordId(String field) {
    String own = switch (field) {
      case "camera_id" -> cameraId;
      case "zone_id" -> zoneId;
      default -> null;
    };
    if (own != null || code.article() != null || source == null || source.recordId() == null
        || source.recordId().isEmpty()) {
      return own;
    }
    String layerField = switch (String.valueOf(source.layer())) {
      case "cameras" -> "camera_id";
      case "zones" -> "zone_id";
      case "obstacles" -> "obst_id";
      default -> null;
    };
    return field.equals(layerField) ? source.recordId() : null;
  }

  /** Whether the finding names the record it rests on by file, layer and record: a data warning, or one without a camera. */
  public boolean namesRecord() {
    return source != null && (cameraId == null || code.article() == null);
  }

  /** Starts a finding; the builder keeps figures in the order they are added. */
  public static Builder of(FindingCode code) {
    return new Builder(code);
  }

  /** Collects a finding's parts; rules fill in only what applies. */
  public static final class Builder {
    private final FindingCode code;
    private String item;
    private String siteId;
    private String cameraId;
    private String zoneId;
    private String zoneSiteId;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private Shape shape;
    private SourceRef source;
    private Severity severity;
    private String consequence;
    private Party party;
    private LawId law;

    private Builder(FindingCode code) {
      this.code = code;
      this.law = code.law();
      this.severity = code.severity();
      this.consequence = code.consequence();
      this.party = code.party();
    }

    /** Names who bears the duty otherwise than its code does, where the item decides (docs/RULES.md). */
    public Builder party(Party party) {
      this.party = Objects.requireNonNull(party, "party");
      return this;
    }

    /** Grades the finding otherwise than its code does, where the item decides (docs/RULES.md). */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** Names the consequence article otherwise than its code does, or none (null). */
    public Builder consequence(String consequence) {
      this.consequence = consequence;
      return this;
    }

    /** Names the law a data warning was raised under (a rule's finding takes its code's). */
    public Builder law(LawId law) {
      this.law = law;
      return this;
    }

    public Builder item(String item) {
      this.item = item;
      return this;
    }

    /** Names the camera; the finding stands at the camera unless a geometry is given. */
    public Builder camera(Camera camera) {
      this.siteId = camera.siteId();
      this.cameraId = camera.cameraId();
      this.source = camera.source();
      this.shape = Shape.of(camera.location());
      return this;
    }

    /** Names the zone; its site is recorded separately only when it is not the finding's site. */
    public Builder zone(Zone zone) {
      this.zoneId = zone.zoneId();
      // a zone given by its kind alone has no item of the measures: the regulation's rules name theirs
      this.item = zone.item() == null ? null : Integer.toString(zone.item().item());
      if (siteId == null) {
        siteId = zone.siteId();
      } else if (!siteId.equals(zone.siteId())) {
        zoneSiteId = zone.siteId();
      }
      return this;
    }

    /** Names a camera by its ids, where the camera itself is not built yet. */
    public Builder camera(String siteId, String cameraId) {
      this.siteId = siteId;
      this.cameraId = cameraId;
      return this;
    }

    public Builder site(String siteId) {
      this.siteId = siteId;
      return this;
    }

    public Builder figure(String name, Object value) {
      figures.put(name, value);
      return this;
    }

    public Builder geometry(Geometry geometry) {
      this.shape = Shape.of(geometry);
      return this;
    }

    /** The finding's place, made only if something asks for it (see {@link Shape}). */
    public Builder geometry(Shape shape) {
      this.shape = shape;
      return this;
    }

    public Builder source(SourceRef source) {
      this.source = source;
      return this;
    }

    public Finding build() {
      return new Finding(code, item, siteId, cameraId, zoneId, zoneSiteId, figures, shape, source, severity,
          consequence, party, law);
    }
  }
}
