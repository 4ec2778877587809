package org.camsurvey.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;

/**
 * Reads the camera tags of crowd-mapped data (OpenStreetMap) as mappers write them, so that one
 * node's odd tag never stops an import: {@code camera:direction} as degrees (negative or past 360
 * normalised), compass points, a range ({@code 190-100}: the middle of the arc swept clockwise
 * from the first to the second) or a list ({@code 90;160;270}: one camera per direction, ids
 * suffixed {@code -1}, {@code -2}, …); a direction, {@code camera:angle} or {@code camera:type}
 * it still cannot read is left empty, for the defaults to fill, with a {@code
 * DATA_TAG_DEFAULTED} warning naming the tag and value.
 */
final class CrowdMappedTags {
  private static final Pattern RANGE = Pattern.compile("(.*[^\\s-].*?)\\s*-\\s*(.+)");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");

  /** Compass points and words for directions, lower case, from the mapping's {@code heading.*} values. */
  private final Map<String, String> headingWords;

  CrowdMappedTags(Map<String, String> headingWords) {
    this.headingWords = headingWords;
  }

  /**
   * The records one source record makes: itself with heading, tilt and type read, or one record
   * per direction of a list.
   *
   * @param attributes the record's values under canonical names
   * @param sourceOf the source field (tag) each canonical field was read from
   * @param warnings where the warnings go
   */
  List<Map<String, Object>> read(Map<String, Object> attributes, Map<String, String> sourceOf, SourceRef source,
      List<Finding> warnings) {
    Map<String, Object> read = new LinkedHashMap<>(attributes);
    tilt(read, sourceOf, source, warnings);
    type(read, sourceOf, source, warnings);
    String direction = RawFeature.text(read.get("heading"));
    if (direction == null) {
      return List.of(read);
    }
    String tag = sourceOf.getOrDefault("heading", "heading");
    Optional<Double> single = degrees(direction);
    if (single.isPresent()) {
      read.put("heading", single.get());
      return List.of(read);
    }
    List<Double> list = list(direction);
    if (list.size() > 1) {
      return split(read, list, tag, direction, source, warnings);
    }
    Optional<Double> middle = rangeMiddle(direction);
    if (middle.isPresent()) {
      read.put("heading", middle.get());
      warnings.add(Finding.of(FindingCode.DATA_DIRECTION_RANGE).source(source)
          .figure("tag", tag).figure("value", direction).figure("heading", middle.get()).build());
      return List.of(read);
    }
    read.remove("heading");
    defaulted(warnings, source, tag, direction, "heading");
    return List.of(read);
  }

  private List<Map<String, Object>> split(Map<String, Object> read, List<Double> headings, String tag, String value,
      SourceRef source, List<Finding> warnings) {
    String id = RawFeature.text(read.get("camera_id"));
    List<Map<String, Object>> cameras = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Map<String, Object> camera = new LinkedHashMap<>(read);
      camera.put("heading", headings.get(i));
      if (id != null) {
        camera.put("camera_id", id + "-" + (i + 1));
        ids.add(id + "-" + (i + 1));
      }
      cameras.add(camera);
    }
    warnings.add(Finding.of(FindingCode.DATA_DIRECTION_LIST).source(source)
        .figure("tag", tag).figure("value", value).figure("cameras", String.join(", ", ids)).build());
    return cameras;
  }

  /** One direction in degrees, normalised to 0 ≤ h < 360, or empty. */
  Optional<Double> degrees(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith("°")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    String word = headingWords.get(t);
    if (word != null) {
      t = word.strip();
    }
    if (DECIMAL_COMMA.matcher(t).matches()) {
      t = t.replace(',', '.');
    }
    try {
      double d = Double.parseDouble(t);
      if (!Double.isFinite(d) || Math.abs(d) > 1e6 || t.endsWith("d") || t.endsWith("f")) {
        return Optional.empty();
      }
      double normal = ((d % 360) + 360) % 360;
      return Optional.of(normal == 360 ? 0 : normal);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The directions of a list ({@code 90;160;270}, {@code 180, 270}), or fewer than two where it is none. */
  private List<Double> list(String text) {
    String[] parts = text.split("[;,]");
    List<Double> headings = new ArrayList<>();
    for (String part : parts) {
      Optional<Double> d = degrees(part);
      if (d.isEmpty()) {
        return List.of();
      }
      headings.add(d.get());
    }
    return headings;
  }

  /** The middle of the arc swept clockwise from the first direction of a range to the second. */
  private Optional<Double> rangeMiddle(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Double> from = degrees(m.group(1));
    Optional<Double> to = degrees(m.group(2));
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    double arc = ((to.get() - from.get()) % 360 + 360) % 360;
    double middle = (from.get() + arc / 2) % 360;
    return Optional.of(middle);
  }

  /** camera:angle is the tilt below horizontal: outside −90–90 it is not one. */
  private void tilt(Map<String, Object> read, Map<String, String> sourceOf, SourceRef source, List<Finding> warnings) {
    String text = RawFeature.text(read.get("tilt"));
    if (text == null) {
      return;
    }
    String t = text.endsWith("°") ? text.substring(0, text.length() - 1).strip() : text;
    try {
      double tilt = Double.parseDouble(t);
      if (tilt >= -90 && tilt <= 90) {
        read.put("tilt", tilt);
        return;
      }
    } catch (NumberFormatException e) {
      // not a number: defaulted below
    }
    read.remove("tilt");
    defaulted(warnings, source, sourceOf.getOrDefault("tilt", "tilt"), text, "tilt");
  }

  private void type(Map<String, Object> read, Map<String, String> sourceOf, SourceRef source, List<Finding> warnings) {
    String text = RawFeature.text(read.get("cam_type"));
    if (text == null || CameraType.parse(text).isPresent()) {
      return;
    }
    read.remove("cam_type");
    defaulted(warnings, source, sourceOf.getOrDefault("cam_type", "cam_type"), text, "cam_type");
  }

  private static void defaulted(List<Finding> warnings, SourceRef source, String tag, String value, String field) {
    warnings.add(Finding.of(FindingCode.DATA_TAG_DEFAULTED).source(source)
        .figure("tag", tag).figure("value", value).figure("field", field).build());
  }
}
