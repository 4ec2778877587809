package org.camsurvey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.camsurvey.model.Language;
import org.camsurvey.remedy.Remedy;
import org.camsurvey.remedy.RemedyPlan;

/**
 * A fix's proposal as rows of text in a language, one per remedy, as the terminal table and the
 * documents' annex both print it: site, camera, what changes, from → to, findings cleared, cover
 * before → after. Words from {@code remedies_<lang>.properties}.
 */
public final class RemedyRows {
  private static final List<String> COLUMNS = List.of("site", "camera", "change", "from_to", "cleared", "cover");

  private final DocumentText text;
  private final Properties words = new Properties();

  private RemedyRows(Language language) {
    this.text = DocumentText.of(language);
    String name = "remedies_" + language.code() + ".properties";
    try (InputStream in = RemedyRows.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the build");
      }
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RemedyRows of(Language language) {
    return new RemedyRows(language);
  }

  public String word(String key) {
    String value = words.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("no remedy text '" + key + "'");
    }
    return value;
  }

  public String format(String key, Object... args) {
    return new MessageFormat(word(key).replace("'", "''"), text.language().locale()).format(args);
  }

  public List<String> headings() {
    return COLUMNS.stream().map(c -> word("column." + c)).toList();
  }

  public List<List<String>> rows(RemedyPlan plan) {
    boolean named = plan.before().options().laws().size() > 1;
    return plan.remedies().stream().map(r -> row(r, named)).toList();
  }

  /** A remedy's row; with several laws applied, each article is preceded by its law's id. */
  List<String> row(Remedy r, boolean named) {
    String camera = r.cameraId() != null ? r.cameraId() : word("zone") + " " + r.zoneId();
    String cleared = r.cleared().stream().map(c -> c.code() + (c.zoneId() != null ? " " + c.zoneId() : ""))
        .collect(Collectors.joining(", "));
    String cover = r.cover().stream().map(c -> c.zoneId() + " " + percent(c.before()) + " \u2192 " + percent(c.after()))
        .collect(Collectors.joining(", "));
    String change = word("action." + r.action().code());
    if (!r.orderedBy().isEmpty()) {
      change += " (" + r.orderedBy().stream().map(o -> (named ? o.law().code() + " " : "") + text.part(o.law(), o.citation(), null))
          .collect(Collectors.joining("; ")) + ")";
    }
    return List.of(r.siteId(), camera, change, fromTo(r), cleared, cover);
  }

  private String fromTo(Remedy r) {
    return switch (r.action()) {
      case HEADING, ANGLE -> number(r.from()) + "\u00b0 \u2192 " + number(r.to()) + "\u00b0";
      case RANGE -> number(r.from()) + " m \u2192 " + number(r.to()) + " m";
      case NEW_CAMERA -> format("new_camera", number(r.camera().headingDegrees()), number(r.camera().hfovDegrees()),
          number(r.camera().rangeMetres()));
      default -> "\u2014";
    };
  }

  /** Degrees and metres to two decimals at most: steps are 0.5, surveys give tenths. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A share as a percentage cut (not rounded) to a tenth, so that a zone just short never reads as met. */
  static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.DOWN).toPlainString() + "%";
  }
}
