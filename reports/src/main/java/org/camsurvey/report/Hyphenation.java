package org.camsurvey.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an English word may be hyphenated, by Liang's algorithm with TeX's US English patterns
 * (hyph-en-us.tex of the hyph-utf8 project, shipped verbatim with its notice: Knuth's hyphen.tex
 * patterns and exceptions and Kuiken's additions). As TeX sets English, at least two letters stay
 * before a hyphen and three after it.
 *
 * <p>Only words of Latin letters are hyphenated: an id, a date, a number or a word of another
 * script has no hyphenation point.
 */
public final class Hyphenation {
  static final int LEFT_MIN = 2;
  static final int RIGHT_MIN = 3;
  private static final String PATTERNS = "hyph-en-us.tex";
  /** The patterns' letters, each mapped to the values between and around them. */
  private static final Map<String, int[]> VALUES = new HashMap<>();
  /** Words the patterns get wrong, hyphenated by hand (TeX's \hyphenation list). */
  private static final Map<String, List<Integer>> EXCEPTIONS = new HashMap<>();
  private static int longest;

  static {
    try (InputStream in = Hyphenation.class.getResourceAsStream(PATTERNS)) {
      if (in == null) {
        throw new IllegalStateException("the hyphenation patterns " + PATTERNS + " are missing from the jar");
      }
      read(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Hyphenation() {}

  /**
   * The positions (counted in characters from the word's start) after which the word may be
   * hyphenated, in order; none for a word shorter than five letters or not all Latin letters.
   */
  public static List<Integer> points(String word) {
    if (word.length() < LEFT_MIN + RIGHT_MIN || !word.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<Integer> exception = EXCEPTIONS.get(lower);
    if (exception != null) {
      return exception;
    }
    String dotted = "." + lower + ".";
    int[] values = new int[dotted.length() + 1];
    for (int start = 0; start < dotted.length(); start++) {
      for (int end = start + 1; end <= Math.min(dotted.length(), start + longest); end++) {
        int[] pattern = VALUES.get(dotted.substring(start, end));
        if (pattern != null) {
          for (int k = 0; k < pattern.length; k++) {
            values[start + k] = Math.max(values[start + k], pattern[k]);
          }
        }
      }
    }
    List<Integer> points = new ArrayList<>();
    // values[i + 1] stands between dotted's characters i and i + 1, that is after the word's i-th letter
    for (int after = LEFT_MIN; after <= word.length() - RIGHT_MIN; after++) {
      if (values[after + 1] % 2 == 1) {
        points.add(after);
      }
    }
    return List.copyOf(points);
  }

  /** The word with a hyphen at each point: "hy-phen-ation". */
  public static String hyphenated(String word) {
    StringBuilder out = new StringBuilder(word);
    List<Integer> points = points(word);
    for (int i = points.size() - 1; i >= 0; i--) {
      out.insert(points.get(i).intValue(), '-');
    }
    return out.toString();
  }

  /** Reads the \patterns{…} and \hyphenation{…} groups of a TeX pattern file, comments left out. */
  private static void read(String tex) {
    String group = null;
    for (String raw : tex.split("\n")) {
      int comment = raw.indexOf('%');
      String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
      if (line.startsWith("\\patterns{") || line.startsWith("\\hyphenation{")) {
        group = line.substring(1, line.indexOf('{'));
        line = line.substring(line.indexOf('{') + 1).strip();
      }
      if (group == null || line.isEmpty()) {
        continue;
      }
      if (line.equals("}")) {
        group = null;
        continue;
      }
      for (String token : line.split("\\s+")) {
        if (group.equals("patterns")) {
          pattern(token);
        } else {
          exception(token);
        }
      }
    }
  }

  private static void pattern(String token) {
    StringBuilder letters = new StringBuilder();
    List<Integer> values = new ArrayList<>(List.of(0));
    for (char c : token.toCharArray()) {
      if (Character.isDigit(c)) {
        values.set(values.size() - 1, c - '0');
      } else {
        letters.append(c);
        values.add(0);
      }
    }
    VALUES.put(letters.toString(), values.stream().mapToInt(Integer::intValue).toArray());
    longest = Math.max(longest, letters.length());
  }

  private static void exception(String token) {
    List<Integer> points = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : token.toCharArray()) {
      if (c == '-') {
        points.add(word.length());
      } else {
        word.append(c);
      }
    }
    EXCEPTIONS.put(word.toString(), List.copyOf(points));
  }
}
