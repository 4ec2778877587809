package org.camsurvey.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names the EPSG data proj4j ships gives its CRSs ({@code # Beijing 1954 / 3-degree
 * Gauss-Kruger CM 102E} above {@code <2431> +proj=tmerc …}), to name a CRS's datum and to find the
 * geographic CRS a datum named in a {@code .prj} belongs to. Read once, when first needed (only
 * CRSs on datums other than WGS 84's need it).
 */
final class EpsgNames {
  private static final String RESOURCE = "/proj4/nad/epsg";

  private final Map<Integer, String> names = new HashMap<>();
  /** Geographic CRSs (+proj=longlat) by normalised name. */
  private final Map<String, Integer> geographic = new HashMap<>();

  private EpsgNames() {
    try (InputStream in = EpsgNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      String name = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          name = line.substring(1).strip();
        } else if (line.startsWith("<") && name != null) {
          int end = line.indexOf('>');
          if (end > 1 && line.substring(1, end).matches("\\d{1,6}")) {
            int code = Integer.parseInt(line.substring(1, end));
            names.put(code, name);
            if (line.contains("+proj=longlat")) {
              geographic.putIfAbsent(normalise(name), code);
            }
          }
          name = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final EpsgNames INSTANCE = new EpsgNames();
  }

  /** The datum's name of an EPSG CRS: the geographic CRS's name, before a projected one's " / ". */
  static Optional<String> datumOf(int code) {
    String name = Holder.INSTANCE.names.get(code);
    if (name == null) {
      return Optional.empty();
    }
    int slash = name.indexOf(" / ");
    return Optional.of(slash < 0 ? name : name.substring(0, slash));
  }

  /** The geographic CRS of a datum named as a {@code .prj} names it ({@code D_MGI}, {@code GCS_Beijing_1954}). */
  static Optional<Integer> geographicNamed(String datumName) {
    return Optional.ofNullable(Holder.INSTANCE.geographic.get(normalise(datumName)));
  }

  /** {@code D_Beijing_1954}, {@code GCS_Beijing_1954} and {@code Beijing 1954} alike. */
  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^(d_|gcs_)", "").replaceAll("[^a-z0-9]", "");
  }
}
