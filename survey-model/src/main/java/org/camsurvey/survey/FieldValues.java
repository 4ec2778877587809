package org.camsurvey.survey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camsurvey.model.SourceRef;
import org.camsurvey.read.InputException;
import org.camsurvey.read.LayerName;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;

/**
 * Reads typed field values from raw records, as docs/SURVEY-FORMAT.md spells them, and names the
 * record and field when a value cannot be read.
 */
final class FieldValues {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:时](\\d{2})(?:[:分](\\d{2})(?:\\.\\d+)?)?秒?");

  private final RawLayer layer;
  private final RawFeature feature;
  private final String recordLabel;

  FieldValues(RawLayer layer, RawFeature feature, String recordLabel) {
    this.layer = layer;
    this.feature = feature;
    this.recordLabel = recordLabel;
  }

  SourceRef source() {
    return new SourceRef(layer.file(), layer.name(), feature.number(), recordLabel);
  }

  InputException error(String field, String reason) {
    return new InputException(layer.file(), layer.name(), recordLabel, field, reason);
  }

  String text(String field) {
    return feature.text(field);
  }

  String requiredText(String field) {
    if (!layer.fields().contains(field)) {
      throw new InputException(layer.file(), layer.name(), null, field,
          "the layer has no '" + field + "' field, which it needs" + defaultHint(field));
    }
    String value = text(field);
    if (value == null) {
      throw error(field, "is empty; it is required" + defaultHint(field));
    }
    return value;
  }

  /** Where a camera number can be given on the command line instead, say how. */
  private String defaultHint(String field) {
    if (!layer.name().equals(LayerName.CAMERAS.id())) {
      return "";
    }
    return switch (field) {
      case "hfov" -> " (or give --default-hfov)";
      case "range_m" -> " (or give --default-range)";
      case "heading" -> " (or give --default heading=DEGREES)";
      default -> "";
    };
  }

  Double number(String field) {
    Object raw = feature.attributes().get(field);
    if (raw instanceof Number n) {
      return finite(field, n.doubleValue());
    }
    String t = text(field);
    if (t == null) {
      return null;
    }
    if (t.matches("[-+]?\\d+,\\d+")) {
      t = t.replace(',', '.');
    }
    try {
      return finite(field, Double.parseDouble(t));
    } catch (NumberFormatException e) {
      throw error(field, "'" + t + "' is not a number (write one such as 12.5)");
    }
  }

  double requiredNumber(String field) {
    requiredText(field);
    return number(field);
  }

  Integer integer(String field) {
    Double value = number(field);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw error(field, "'" + text(field) + "' is not a whole number (write one such as 30)");
    }
    return value.intValue();
  }

  Boolean bool(String field) {
    Object raw = feature.attributes().get(field);
    if (raw instanceof Boolean b) {
      return b;
    }
    String t = text(field);
    if (t == null) {
      return null;
    }
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "1", "是", "y", "t" -> Boolean.TRUE;
      case "no", "false", "0", "否", "n", "f" -> Boolean.FALSE;
      default -> throw error(field, "'" + t + "' is not yes or no (yes/no, true/false, 1/0, 是/否, Y/N)");
    };
  }

  LocalDate date(String field) {
    String t = text(field);
    if (t == null) {
      return null;
    }
    Matcher m = DATE.matcher(t);
    if (m.lookingAt()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        throw error(field, "'" + t + "' is not a calendar date (write one that exists, such as 2024-02-29)");
      }
    }
    throw error(field, "'" + t + "' is not a date (write 2024-03-05, 2024/3/5 or 2024年3月5日)");
  }

  LocalDateTime dateTime(String field) {
    String t = text(field);
    if (t == null) {
      return null;
    }
    LocalDate day = date(field);
    Matcher m = DATE.matcher(t);
    m.lookingAt();
    String rest = t.substring(m.end()).replaceFirst("^[T\\s]+", "");
    if (rest.isEmpty()) {
      return day.atStartOfDay();
    }
    Matcher time = TIME.matcher(rest);
    if (!time.lookingAt()) {
      throw error(field, "'" + t + "' is not a date and time (write 2024-03-05 14:30)");
    }
    try {
      int seconds = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
      return day.atTime(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)), seconds));
    } catch (DateTimeException e) {
      throw error(field, "'" + t + "' is not a time of day (write 14:30)");
    }
  }

  private Double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw error(field, "'" + text(field) + "' is not a finite number");
    }
    return value;
  }
}
