package org.camsurvey.read.shapefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camsurvey.geo.Crs;
import org.camsurvey.read.InputException;

/**
 * Reads the CRS of a {@code .prj}: WKT as ESRI writes it ({@code PROJCS["CGCS2000_3_Degree_GK_CM_108E",
 * …PROJECTION["Gauss_Kruger"]…}) or as OGC WKT 1 ({@code …PROJECTION["Transverse_Mercator"]…
 * AUTHORITY["EPSG","4545"]}).
 *
 * <p>An EPSG authority, or the name of one of the CRSs Chongqing's data comes in (CGCS2000, Xi'an
 * 1980 and Beijing 1954 3-degree Gauss-Krüger zones, UTM 48N/49N, WGS 84) whose parameters agree,
 * gives the EPSG definition; any other CRS is built from its parameters as a PROJ string:
 * Transverse Mercator (Gauss-Krüger), Lambert Conformal Conic, Mercator and Albers, on the
 * GEOGCS's spheroid. CGCS2000 is taken as WGS 84 like everywhere else in the project; a datum
 * without a TOWGS84 gets the shift the EPSG data gives the geographic CRS of its name (MGI's,
 * Beijing 1954's), and the CRS keeps the datum's name for messages.
 */
public final class PrjReader {
  private static final int MAX_CHARS = 64 * 1024;
  private static final int MAX_DEPTH = 16;
  private static final double DEGREE = Math.PI / 180;

  /**
   * Well-known CRSs by normalised name, with the figures their definition must agree with for the
   * name to be trusted: semi-major axis, and for projected ones central meridian, scale and false
   * easting.
   */
  private static final Map<String, Known> KNOWN = known();

  private record Known(int code, double semiMajor, Double centralMeridian, double scale, double falseEasting) {}

  private static Map<String, Known> known() {
    Map<String, Known> known = new HashMap<>();
    Map<String, Double> semiMajor = Map.of("wgs84", 6_378_137.0, "cgcs2000", 6_378_137.0, "xian1980", 6_378_140.0,
        "beijing1954", 6_378_245.0);
    known.put("wgs84", new Known(4326, semiMajor.get("wgs84"), null, 1, 0));
    known.put("cgcs2000", new Known(4490, semiMajor.get("cgcs2000"), null, 1, 0));
    known.put("chinageodeticcoordinatesystem2000", known.get("cgcs2000"));
    known.put("xian1980", new Known(4610, semiMajor.get("xian1980"), null, 1, 0));
    known.put("beijing1954", new Known(4214, semiMajor.get("beijing1954"), null, 1, 0));
    // EPSG numbers the 3-degree zones from CM 75E (zone 25) eastwards, one datum after another.
    Map<String, int[]> firstCodes = Map.of("cgcs2000", new int[] {4534, 4513}, "xian1980", new int[] {2370, 2349},
        "beijing1954", new int[] {2422, 2401});
    firstCodes.forEach((datum, codes) -> {
      for (int meridian : new int[] {105, 108}) {
        int index = (meridian - 75) / 3;
        known.put(datum + "3degreegkcm" + meridian + "e",
            new Known(codes[0] + index, semiMajor.get(datum), (double) meridian, 1, 500_000));
        known.put(datum + "3degreegkzone" + (25 + index),
            new Known(codes[1] + index, semiMajor.get(datum), (double) meridian, 1, (25 + index) * 1e6 + 500_000));
      }
    });
    known.put("wgs84utmzone48n", new Known(32648, semiMajor.get("wgs84"), 105.0, 0.9996, 500_000));
    known.put("wgs84utmzone49n", new Known(32649, semiMajor.get("wgs84"), 111.0, 0.9996, 500_000));
    return Map.copyOf(known);
  }

  private PrjReader() {}

  /**
   * @param file the {@code .prj} as the user named it, for messages
   * @param layer the layer it belongs to, for messages
   * @param text the file's text
   * @return the CRS, or null when the file is empty (as if there were none)
   * @throws InputException when the text is not a CRS this version reads
   */
  public static Crs read(String file, String layer, String text) {
    if (text.strip().isEmpty()) {
      return null;
    }
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(file, layer, null, null, "is not a coordinate reference system this version reads: "
          + e.getMessage() + "; delete the .prj and give the CRS with --crs (e.g. --crs EPSG:4545)", e);
    }
  }

  /**
   * @throws IllegalArgumentException saying what was not understood
   */
  static Crs parse(String text) {
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException("the WKT is longer than " + MAX_CHARS + " characters");
    }
    Node root = new Parser(text.replace("\uFEFF", "").replace("\u0000", "").strip()).parseAll();
    if (root.is("COMPD_CS")) {
      root = root.children().stream().filter(n -> n.is("PROJCS") || n.is("GEOGCS")).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("COMPD_CS holds no PROJCS or GEOGCS"));
    }
    return crsOf(root);
  }

  private static Crs crsOf(Node root) {
    if (root.is("PROJCS")) {
      return projected(root);
    }
    if (root.is("GEOGCS")) {
      return geographic(root);
    }
    if (root.is("PROJCRS") || root.is("GEOGCRS") || root.is("GEODCRS") || root.is("BOUNDCRS")) {
      return epsgCrs(root, "ID").orElseThrow(() -> new IllegalArgumentException(
          "WKT 2 (" + root.keyword() + ") without an EPSG ID is not read; save the .prj as ESRI or OGC WKT 1"));
    }
    throw new IllegalArgumentException("expected PROJCS[…] or GEOGCS[…], found " + root.keyword() + "[…]");
  }

  private static Crs geographic(Node geogcs) {
    Optional<Crs> byAuthority = epsgCrs(geogcs, "AUTHORITY");
    if (byAuthority.isPresent()) {
      return byAuthority.get();
    }
    String ellipsoid = ellipsoid(geogcs);
    Known known = KNOWN.get(normalise(geogcs.name()));
    if (known != null && known.centralMeridian() == null && known.semiMajor() == semiMajor(geogcs)) {
      Optional<Crs> epsg = epsg(known.code());
      if (epsg.isPresent()) {
        return epsg.get();
      }
    }
    return build("+proj=longlat " + ellipsoid + " +no_defs").withDatumName(datumName(geogcs));
  }

  /** The datum as people call it: the GEOGCS's name without ESRI's prefix ({@code GCS_Xian_1980}: Xian 1980). */
  private static String datumName(Node geogcs) {
    return geogcs.name().replaceFirst("^(?i)GCS_", "").replace('_', ' ').strip();
  }

  private static Crs projected(Node projcs) {
    Node geogcs = projcs.child("GEOGCS")
        .orElseThrow(() -> new IllegalArgumentException("PROJCS has no GEOGCS"));
    String ellipsoid = ellipsoid(geogcs);
    Optional<Crs> byAuthority = epsgCrs(projcs, "AUTHORITY");
    if (byAuthority.isPresent()) {
      return byAuthority.get();
    }
    String method = normalise(projcs.child("PROJECTION")
        .orElseThrow(() -> new IllegalArgumentException("PROJCS has no PROJECTION")).name());
    Map<String, Double> p = new HashMap<>();
    for (Node parameter : projcs.children("PARAMETER")) {
      p.put(normalise(parameter.name()), parameter.number(1));
    }
    double metres = projcs.child("UNIT").map(u -> u.number(1)).orElse(1.0);
    if (!(metres > 0) || !Double.isFinite(metres)) {
      throw new IllegalArgumentException("the linear unit is " + metres + " metres");
    }
    double lon0 = first(p, 0, "centralmeridian", "longitudeofcenter", "longitudeoforigin", "longitudeofnaturalorigin");
    double lat0 = first(p, 0, "latitudeoforigin", "latitudeofcenter", "latitudeofnaturalorigin");
    double k = first(p, 1, "scalefactor", "scalefactoratnaturalorigin");
    double x0 = first(p, 0, "falseeasting") * metres;
    double y0 = first(p, 0, "falsenorthing") * metres;
    String proj;
    switch (method) {
      case "transversemercator", "gk" -> proj = "+proj=tmerc +lat_0=" + num(lat0) + " +lon_0=" + num(lon0)
          + " +k=" + num(k);
      case "lambertconformalconic", "lambertconformalconic2sp", "lambertconformalconic1sp" -> {
        double lat1 = first(p, lat0, "standardparallel1");
        double lat2 = first(p, lat1, "standardparallel2");
        proj = "+proj=lcc +lat_1=" + num(lat1) + " +lat_2=" + num(lat2) + " +lat_0=" + num(lat0) + " +lon_0=" + num(lon0)
            + " +k_0=" + num(k);
      }
      case "mercator", "mercator1sp", "mercator2sp" -> proj = "+proj=merc +lon_0=" + num(lon0) + " +lat_ts="
          + num(first(p, 0, "standardparallel1")) + " +k=" + num(k);
      case "albers", "albersconicequalarea" -> proj = "+proj=aea +lat_1=" + num(first(p, 0, "standardparallel1"))
          + " +lat_2=" + num(first(p, 0, "standardparallel2")) + " +lat_0=" + num(lat0) + " +lon_0=" + num(lon0);
      default -> throw new IllegalArgumentException("the projection '" + projcs.child("PROJECTION").get().name()
          + "' is not supported (Transverse Mercator / Gauss-Kruger, Lambert Conformal Conic, Mercator and Albers are);"
          + " reproject the layer, e.g. with ogr2ogr -t_srs EPSG:4545");
    }
    Known known = KNOWN.get(normalise(projcs.name()));
    if (known != null && known.centralMeridian() != null && method.matches("transversemercator|gk")
        && known.semiMajor() == semiMajor(geogcs) && Math.abs(known.centralMeridian() - lon0) < 1e-9
        && Math.abs(known.scale() - k) < 1e-12 && Math.abs(known.falseEasting() - x0) < 1e-3
        && lat0 == 0 && y0 == 0 && metres == 1) {
      Optional<Crs> epsg = epsg(known.code());
      if (epsg.isPresent()) {
        return epsg.get();
      }
    }
    String units = metres == 1 ? " +units=m" : " +to_meter=" + num(metres);
    return build(proj + " +x_0=" + num(x0) + " +y_0=" + num(y0) + " " + ellipsoid + units + " +no_defs")
        .withDatumName(datumName(geogcs));
  }

  /** The PROJ ellipsoid (and datum shift) of a GEOGCS. */
  private static String ellipsoid(Node geogcs) {
    Node datum = geogcs.child("DATUM").orElseThrow(() -> new IllegalArgumentException("GEOGCS has no DATUM"));
    Node spheroid = datum.child("SPHEROID").or(() -> datum.child("ELLIPSOID"))
        .orElseThrow(() -> new IllegalArgumentException("DATUM has no SPHEROID"));
    double a = spheroid.number(1);
    double rf = spheroid.number(2);
    if (!(a > 6_000_000 && a < 7_000_000) || !(rf == 0 || rf > 1 && rf < 10_000)) {
      throw new IllegalArgumentException("the spheroid " + spheroid.name() + " (" + a + ", " + rf + ") is not the Earth's");
    }
    Node primem = geogcs.child("PRIMEM").orElse(null);
    if (primem != null && primem.number(1) != 0) {
      throw new IllegalArgumentException("the prime meridian " + primem.name() + " is not Greenwich");
    }
    double angular = geogcs.child("UNIT").map(u -> u.number(1)).orElse(DEGREE);
    if (Math.abs(angular - DEGREE) > 1e-12) {
      throw new IllegalArgumentException("the angular unit is not the degree (" + angular + " radians)");
    }
    // proj4j mishandles +rf (a tmerc with +a and +rf projects to NaN): give the semi-minor axis.
    String shape = "+a=" + num(a) + " +b=" + num(rf == 0 ? a : a * (1 - 1 / rf));
    Optional<Node> towgs84 = datum.child("TOWGS84");
    if (towgs84.isPresent()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < towgs84.get().args().size(); i++) {
        values.add(num(towgs84.get().number(i)));
      }
      return shape + " +towgs84=" + String.join(",", values);
    }
    return Crs.epsgShift(a, datum.name(), geogcs.name()).map(shift -> shape + " " + shift[0]).orElse(shape);
  }

  private static double semiMajor(Node geogcs) {
    return geogcs.child("DATUM").flatMap(d -> d.child("SPHEROID").or(() -> d.child("ELLIPSOID")))
        .map(sp -> sp.number(1)).orElse(Double.NaN);
  }

  private static Optional<Crs> epsgCrs(Node node, String keyword) {
    for (Node authority : node.children(keyword)) {
      if (authority.name().equalsIgnoreCase("EPSG") && authority.args().size() > 1) {
        String code = authority.args().get(1).toString().strip();
        if (code.matches("\\d{1,6}(\\.0+)?")) {
          return epsg(Integer.parseInt(code.replaceFirst("\\..*", "")));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Crs> epsg(int code) {
    try {
      return Optional.of(Crs.parse("EPSG:" + code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Crs build(String proj) {
    try {
      return Crs.parse(proj);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("its parameters make no CRS (" + proj + "): " + e.getMessage(), e);
    }
  }

  private static double first(Map<String, Double> parameters, double otherwise, String... names) {
    for (String name : names) {
      Double v = parameters.get(name);
      if (v != null) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("parameter " + name + " is " + v);
        }
        return v;
      }
    }
    return otherwise;
  }

  private static String num(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Lower case without punctuation, with the usual spellings made one: "CGCS2000 / 3-degree Gauss-Kruger CM 108E" → cgcs20003degreegkcm108e. */
  static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    n = n.replace("gausskruger", "gk").replace("gausskrueger", "gk").replace("wgs1984", "wgs84");
    if (n.startsWith("gcs")) {
      n = n.substring(3);
    }
    return n.replace("china2000", "cgcs2000");
  }

  /** A WKT node: KEYWORD[args], each arg a quoted string, a number, a bare word or a node. */
  record Node(String keyword, List<Object> args) {
    boolean is(String k) {
      return keyword.equalsIgnoreCase(k);
    }

    String name() {
      return args.isEmpty() || args.get(0) instanceof Node ? "" : args.get(0).toString();
    }

    double number(int i) {
      if (i >= args.size() || !(args.get(i) instanceof Double d)) {
        throw new IllegalArgumentException(keyword + "[" + name() + "] needs a number in place " + (i + 1));
      }
      return d;
    }

    Optional<Node> child(String k) {
      return children().stream().filter(n -> n.is(k)).findFirst();
    }

    List<Node> children(String k) {
      return children().stream().filter(n -> n.is(k)).toList();
    }

    List<Node> children() {
      return args.stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
    }
  }

  /** A recursive-descent parser for WKT, its nesting depth bounded. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Node parseAll() {
      Node node = node(0);
      skipSpace();
      if (i != s.length()) {
        throw new IllegalArgumentException("unexpected text after the WKT at character " + (i + 1));
      }
      return node;
    }

    private Node node(int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException("the WKT nests deeper than " + MAX_DEPTH + " levels");
      }
      skipSpace();
      String keyword = word();
      if (keyword.isEmpty()) {
        throw new IllegalArgumentException("expected a WKT keyword at character " + (i + 1));
      }
      skipSpace();
      if (i >= s.length() || (s.charAt(i) != '[' && s.charAt(i) != '(')) {
        throw new IllegalArgumentException("expected '[' after " + keyword + " at character " + (i + 1));
      }
      char close = s.charAt(i) == '[' ? ']' : ')';
      i++;
      List<Object> args = new ArrayList<>();
      skipSpace();
      if (i < s.length() && s.charAt(i) == close) {
        i++;
        return new Node(keyword, args);
      }
      while (true) {
        skipSpace();
        args.add(value(depth));
        skipSpace();
        if (i >= s.length()) {
          throw new IllegalArgumentException("the WKT ends inside " + keyword + "[…]");
        }
        char c = s.charAt(i++);
        if (c == close) {
          return new Node(keyword, args);
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected ',' or '" + close + "' in " + keyword + " at character " + i);
        }
      }
    }

    private Object value(int depth) {
      if (i >= s.length()) {
        throw new IllegalArgumentException("the WKT ends where a value was expected");
      }
      char c = s.charAt(i);
      if (c == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new IllegalArgumentException("a quoted name is not closed");
          }
          char d = s.charAt(i++);
          if (d == '"') {
            if (i < s.length() && s.charAt(i) == '"') {
              b.append('"');
              i++;
            } else {
              return b.toString();
            }
          } else {
            b.append(d);
          }
        }
      }
      if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
        int start = i;
        while (i < s.length() && "+-.eE0123456789".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        String number = s.substring(start, i);
        try {
          return Double.parseDouble(number);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + number + "' is not a number");
        }
      }
      int start = i;
      String word = word();
      if (word.isEmpty()) {
        throw new IllegalArgumentException("unexpected '" + c + "' at character " + (i + 1));
      }
      skipSpace();
      if (i < s.length() && (s.charAt(i) == '[' || s.charAt(i) == '(')) {
        i = start;
        return node(depth + 1);
      }
      return new Bare(word);
    }

    private String word() {
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
      return s.substring(start, i);
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }

  /** A bare word in WKT, such as an axis direction (NORTH). */
  record Bare(String word) {
    @Override
    public String toString() {
      return word;
    }
  }
}
