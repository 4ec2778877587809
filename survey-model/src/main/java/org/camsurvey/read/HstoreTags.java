package org.camsurvey.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the tags GDAL's OSM driver packs into one field ({@code other_tags}) in PostgreSQL hstore
 * syntax: {@code "camera:direction"=>"330","camera:type"=>"fixed"}, with {@code \"} and {@code
 * \\} escaped inside quotes and an unquoted {@code NULL} for a value that is not there.
 */
final class HstoreTags {
  private final String text;
  private int at;

  private HstoreTags(String text) {
    this.text = text;
  }

  /**
   * The tags in order (keys lower case, a NULL value left out), or empty where the text is not
   * hstore.
   */
  static Optional<Map<String, String>> parse(String text) {
    return new HstoreTags(text).pairs();
  }

  private Optional<Map<String, String>> pairs() {
    Map<String, String> tags = new LinkedHashMap<>();
    skipSpaces();
    while (at < text.length()) {
      String key = quoted();
      skipSpaces();
      if (key == null || !text.startsWith("=>", at)) {
        return Optional.empty();
      }
      at += 2;
      skipSpaces();
      String value;
      if (text.regionMatches(true, at, "NULL", 0, 4)) {
        at += 4;
        value = null;
      } else {
        value = quoted();
        if (value == null) {
          return Optional.empty();
        }
      }
      if (value != null) {
        tags.putIfAbsent(key.strip().toLowerCase(java.util.Locale.ROOT), value);
      }
      skipSpaces();
      if (at < text.length()) {
        if (text.charAt(at) != ',') {
          return Optional.empty();
        }
        at++;
        skipSpaces();
      }
    }
    return Optional.of(tags);
  }

  /** A double-quoted string with backslash escapes, or null where there is none at the cursor. */
  private String quoted() {
    if (at >= text.length() || text.charAt(at) != '"') {
      return null;
    }
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      out.append(c);
    }
    return null;
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
