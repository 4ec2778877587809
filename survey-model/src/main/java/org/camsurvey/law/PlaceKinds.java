package org.camsurvey.law;

import org.camsurvey.model.LawId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camsurvey.model.ArticleItem;
import org.camsurvey.model.Language;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;

/**
 * What each place kind is under each law (docs/SURVEY-FORMAT.md's table, shipped as {@code
 * place-kinds.tsv}): its rule, the measures' items, the regulation's part; and a zone's kind
 * and measures' item worked out from what the survey gives.
 *
 * <p>A zone's own kind always wins; where it has none, it is derived from the zone's item of
 * the measures, or from its rule for a sensitive zone. A zone is judged under the measures by its
 * own item, else by its kind's item where the kind has exactly one; a kind the measures split
 * over several items ({@code gathering_place}, {@code public_road}, {@code other_mandated}) needs
 * the item, and a sensitive zone has none.
 */
public final class PlaceKinds {
  /**
   * One kind.
   *
   * @param kind the kind
   * @param rule the rule every zone of the kind falls under
   * @param cq2009 the measures' items the kind can fall under, empty for none
   * @param derivedFrom the measures' items a zone without a kind takes this kind from
   * @param cn2025 the regulation's part naming the kind, or null (other_mandated)
   * @param catchAll whether that part is the regulation's catch-all item, which reports say
   */
  public record Row(PlaceKind kind, ZoneRule rule, List<ArticleItem> cq2009, List<ArticleItem> derivedFrom,
      Citation cn2025, boolean catchAll) {
    public Row {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(rule, "rule");
      cq2009 = List.copyOf(cq2009);
      derivedFrom = List.copyOf(derivedFrom);
    }

    /** The measures' item a zone of this kind is judged under when it gives no item: the only one. */
    public Optional<ArticleItem> onlyCq2009Item() {
      return cq2009.size() == 1 ? Optional.of(cq2009.get(0)) : Optional.empty();
    }
  }

  // Loaded once on first use by the JVM's class initialisation, which is thread-safe.
  private static final class Table {
    static final Map<PlaceKind, Row> ROWS = load();
  }

  private PlaceKinds() {}

  /** Every kind's row, in the order of {@link PlaceKind}. */
  public static List<Row> rows() {
    return List.copyOf(Table.ROWS.values());
  }

  public static Row row(PlaceKind kind) {
    return Table.ROWS.get(kind);
  }

  /** The kind a zone without one takes from its item of the measures. */
  public static Optional<PlaceKind> derivedFrom(ArticleItem cq2009Item) {
    return Table.ROWS.values().stream().filter(r -> r.derivedFrom().contains(cq2009Item)).map(Row::kind).findFirst();
  }

  /** A zone's kind: its own, else derived from its item of the measures, else {@code sensitive} for a sensitive zone. */
  public static Optional<PlaceKind> kindOf(Zone zone) {
    if (zone.kind() != null) {
      return Optional.of(zone.kind());
    }
    if (zone.item() != null) {
      return derivedFrom(zone.item());
    }
    return zone.rule() == ZoneRule.SENSITIVE ? Optional.of(PlaceKind.SENSITIVE) : Optional.empty();
  }

  /** The measures' item a zone is judged under: its own, else its kind's only one; empty where neither is. */
  public static Optional<ArticleItem> cq2009Item(Zone zone) {
    if (zone.item() != null) {
      return Optional.of(zone.item());
    }
    return zone.kind() == null ? Optional.empty() : row(zone.kind()).onlyCq2009Item();
  }

  /** The regulation's part a zone falls under, through its kind. */
  public static Optional<Citation> cn2025Part(Zone zone) {
    return kindOf(zone).map(k -> row(k).cn2025());
  }

  /**
   * Why a zone's rule, item and kind cannot stand together, or empty where they can: a kind
   * falls under one rule; a mandated or forbidden zone needs an item or a kind to be judged by.
   * (A sensitive zone with an item of the measures is refused by {@link Zone} itself.)
   */
  public static Optional<String> contradiction(ZoneRule rule, ArticleItem item, PlaceKind kind) {
    if (kind != null && row(kind).rule() != rule) {
      return Optional.of("a " + kind.code() + " zone is " + row(kind).rule().code() + ", not " + rule.code());
    }
    if (rule != ZoneRule.SENSITIVE && item == null && kind == null) {
      return Optional.of("a " + rule.code() + " zone needs the measures' item (such as " + rule.article().getAsInt()
          + ".3) or its place kind (kind)");
    }
    return Optional.empty();
  }

  private static Map<PlaceKind, Row> load() {
    String name = "place-kinds.tsv";
    String text;
    try (InputStream in = PlaceKinds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the law resource " + name + " is missing from the build");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Statute regulation = Statute.of(LawId.CN2025, Language.ZH);
    Map<PlaceKind, Row> rows = new EnumMap<>(PlaceKind.class);
    for (String line : text.split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      PlaceKind kind = PlaceKind.parse(f[0]).orElseThrow(() -> new IllegalStateException(name + ": no kind " + f[0]));
      ZoneRule rule = ZoneRule.parse(f[1]).orElseThrow(() -> new IllegalStateException(name + ": no rule " + f[1]));
      Citation cn2025 = f[4].equals("-") ? null : regulation.cite(f[4]);
      rows.put(kind, new Row(kind, rule, items(f[2]), items(f[3]), cn2025, f[5].equals("yes")));
    }
    if (rows.size() != PlaceKind.values().length) {
      throw new IllegalStateException(name + " lacks a row for some place kind");
    }
    return rows;
  }

  private static List<ArticleItem> items(String field) {
    if (field.equals("-")) {
      return List.of();
    }
    List<ArticleItem> items = new ArrayList<>();
    for (String item : field.split(",")) {
      String[] parts = item.split("\\.");
      items.add(new ArticleItem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }
    return items;
  }
}
