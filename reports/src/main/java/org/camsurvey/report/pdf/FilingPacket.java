package org.camsurvey.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camsurvey.model.Camera;
import org.camsurvey.model.CameraType;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.model.Severity;
import org.camsurvey.model.Site;
import org.camsurvey.model.Survey;
import org.camsurvey.model.SiteParticulars;
import org.camsurvey.model.Zone;
import org.camsurvey.model.ZoneRule;
import org.camsurvey.geo.ChineseWebDatum;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.Cell;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.report.document.Typesetting;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.rules.CheckResult;
import org.camsurvey.view.Scene;
import org.camsurvey.view.ZoneCoverage;

/**
 * The filing packet of Art. 15: a cover page, the system summary, the camera inventory, one
 * coverage map per site, the self-check results by article, and an acceptance-test record with
 * signature lines.
 */
public final class FilingPacket {
  private static final List<String> ARTICLES = List.of("8", "9", "10", "15", "19");

  private FilingPacket() {}

  public static byte[] write(CheckResult result, DocumentInfo info, DocumentFont font) {
    return layOut(result, info, font, null).pdf();
  }

  /**
   * The packet, with fix's proposal as an annex where one is given, and its signature blocks:
   * those of the building unit, the designer and installer, and the tester, in that order (the
   * acceptance record's signatures).
   */
  public static LaidOutPdf layOut(CheckResult result, DocumentInfo info, DocumentFont font, RemedyPlan remedies) {
    return PdfRenderer.render(model(result, info, remedies), info, font);
  }

  /** The packet as a model, for the PDF and the DOCX alike. */
  public static DocumentModel model(CheckResult result, DocumentInfo info, RemedyPlan remedies) {
    Scene scene = Objects.requireNonNull(result.scene(), "the views of the check");
    DocumentBuilder doc = new DocumentBuilder(info.text().text("filing.title"), info.text());
    body(doc, info, info.number(), result, scene, Scope.of(result, null), null, 0);
    RemedyAnnex.add(doc, remedies);
    return doc.build();
  }

  /**
   * One packet per unit, each a part with its own number (the document's, then "-1", "-2", …)
   * and pages where there are several: the packets Art. 15 asks each using unit to file.
   *
   * @param units the units, as {@link #units} gives them or a choice of them
   * @param datum the datum coordinates are printed in: null for WGS 84, or a Chinese web datum
   */
  public static DocumentModel model(CheckResult result, DocumentInfo info, List<Unit> units, ChineseWebDatum datum) {
    Scene scene = Objects.requireNonNull(result.scene(), "the views of the check");
    DocumentBuilder doc = new DocumentBuilder(info.text().text("filing.title"), info.text());
    int k = 0;
    for (Unit unit : units) {
      k++;
      String number = units.size() == 1 ? info.number() : info.number() + "-" + k;
      if (units.size() > 1) {
        doc.part(number);
      }
      body(doc, info, number, result, scene, Scope.of(result, Set.copyOf(unit.siteIds())), datum, 0);
    }
    return doc.build();
  }

  /**
   * The packet of the given units as one part of another document (the regulation's filing form's),
   * its signature blocks numbered from {@code firstSignature} on, after the other document's own.
   */
  static void body(DocumentBuilder doc, CheckResult result, DocumentInfo info, String number, List<Unit> units,
      ChineseWebDatum datum, int firstSignature) {
    Set<String> siteIds = units.stream().flatMap(u -> u.siteIds().stream()).collect(Collectors.toSet());
    body(doc, info, number, result, Objects.requireNonNull(result.scene(), "the views of the check"),
        Scope.of(result, siteIds), datum, firstSignature);
  }

  /**
   * A using unit and its sites: a site's operator, or the site alone where the survey names none.
   *
   * @param name the unit's name
   * @param siteIds its sites, in the survey's order
   */
  public record Unit(String name, List<String> siteIds) {}

  /** The survey's units in the order their first site comes. */
  public static List<Unit> units(Survey survey) {
    Map<String, List<String>> units = new java.util.LinkedHashMap<>();
    for (Site s : survey.sites()) {
      String name = s.operator() != null ? s.operator() : s.name() != null ? s.name() : s.siteId();
      units.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(s.siteId());
    }
    return units.entrySet().stream().map(e -> new Unit(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  /** What one packet covers: the survey's sites, cameras, zones, findings and coverage of some sites, or all. */
  private record Scope(List<Site> sites, List<Camera> cameras, List<Zone> zones, List<Finding> findings,
      List<ZoneCoverage> coverage) {
    static Scope of(CheckResult result, Set<String> siteIds) {
      Survey all = result.survey();
      if (siteIds == null) {
        return new Scope(all.sites(), all.cameras(), all.zones(), result.findings(), result.coverage());
      }
      return new Scope(all.sites().stream().filter(s -> siteIds.contains(s.siteId())).toList(),
          all.cameras().stream().filter(c -> siteIds.contains(c.siteId())).toList(),
          all.zones().stream().filter(z -> siteIds.contains(z.siteId())).toList(),
          result.findings().stream().filter(f -> f.siteId() != null && siteIds.contains(f.siteId())).toList(),
          result.coverage().stream().filter(c -> siteIds.contains(c.zone().siteId())).toList());
    }
  }

  private static void body(DocumentBuilder layout, DocumentInfo info, String number, CheckResult result, Scene scene,
      Scope survey, ChineseWebDatum datum, int firstSignature) {
    DocumentText text = layout.text();
    String sep = text.language() == Language.ZH ? "、" : ", ";

    // cover
    layout.spacer(120);
    layout.title(text.text("filing.title"), 20);
    layout.centred(text.text("filing.basis"), Typesetting.BODY);
    layout.centred("", Typesetting.BODY);
    Set<String> operators = new LinkedHashSet<>();
    survey.sites().stream().map(Site::operator).filter(Objects::nonNull).forEach(operators::add);
    survey.cameras().stream().map(Camera::operator).filter(Objects::nonNull).forEach(operators::add);
    List<String> siteLines = survey.sites().stream()
        .map(s -> s.siteId() + (s.name() == null ? "" : " " + s.name())).toList();
    List<String> addresses = survey.sites().stream().map(Site::address).filter(Objects::nonNull).distinct().toList();
    LocalDate firstInstalled = survey.cameras().stream().map(Camera::installed).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    LocalDate lastInstalled = survey.cameras().stream().map(Camera::installed).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    LocalDate lastFiled = survey.cameras().stream().map(Camera::filed).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    long unfiled = survey.cameras().stream().filter(c -> c.filed() == null).count();
    layout.facts(List.of(
        new String[] {text.text("filing.reference"), number},
        new String[] {text.text("filing.operator"), String.join("\n", operators)},
        new String[] {text.text("filing.site"), String.join("\n", siteLines)},
        new String[] {text.text("filing.address"), String.join("\n", addresses)},
        new String[] {text.text("filing.credit_code"), particulars(survey, SiteParticulars::creditCode, text)},
        new String[] {text.text("filing.builder"), particulars(survey, SiteParticulars::builder, text)},
        new String[] {text.text("filing.contact"), particulars(survey, p -> p.contact() == null ? null
            : p.contact() + (p.phone() == null ? "" : " " + p.phone()), text)},
        new String[] {text.text("filing.installed"), firstInstalled == null ? text.text("value.unknown")
            : firstInstalled + " – " + lastInstalled},
        new String[] {text.text("filing.filed"), (lastFiled == null ? "" : lastFiled.toString())
            + (unfiled > 0 ? (lastFiled == null ? "" : "; ") + text.text("filing.not_filed") + " " + unfiled : "")},
        new String[] {text.text("filing.prepared"), info.date().toString()},
        new String[] {text.text("doc.survey"), info.surveyName()},
        new String[] {text.text("doc.hash"), info.surveySha256()}));
    layout.newPage();

    // 1. system summary
    layout.heading(text.text("section.system"));
    int n = survey.cameras().size();
    Map<CameraType, Long> types = new TreeMap<>(survey.cameras().stream().filter(c -> c.type() != null)
        .collect(Collectors.groupingBy(Camera::type, Collectors.counting())));
    String typeLine = types.entrySet().stream().map(e -> text.type(e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining(sep));
    int minRetention = survey.cameras().stream().map(Camera::retentionDays).filter(Objects::nonNull).mapToInt(i -> i).min().orElse(0);
    int maxRetention = survey.cameras().stream().map(Camera::retentionDays).filter(Objects::nonNull).mapToInt(i -> i).max().orElse(0);
    layout.facts(List.of(
        new String[] {text.text("system.sites"), Integer.toString(survey.sites().size())},
        new String[] {text.text("system.cameras"), Integer.toString(n)},
        new String[] {text.text("system.types"), typeLine},
        new String[] {text.text("system.mandated"), Long.toString(survey.zones().stream().filter(z -> z.rule() == ZoneRule.MANDATED).count())},
        new String[] {text.text("system.forbidden"), Long.toString(survey.zones().stream().filter(z -> z.rule() == ZoneRule.FORBIDDEN).count())},
        new String[] {text.text("system.retention"), text.format("system.retention.range", minRetention, maxRetention)},
        new String[] {text.text("system.runs24h"), text.format("system.count",
            survey.cameras().stream().filter(c -> Boolean.TRUE.equals(c.runs24h())).count(), n)},
        new String[] {text.text("system.signage"), text.format("system.count",
            survey.cameras().stream().filter(c -> Boolean.TRUE.equals(c.signage())).count(), n)}));

    // 2. inventory
    layout.heading(text.text("section.inventory"));
    layout.paragraph(text.text(datum == null ? "inventory.datum.wgs84" : "inventory.datum.gcj02"));
    DocumentBuilder.TableBuilder t = layout.table(10, 13, 13, 5, 5, 5, 6, 5, 5, 5, 14, 14).headerRows(1);
    for (String k : List.of("inventory.id", "inventory.site", "inventory.position", "inventory.heading", "inventory.angle",
        "inventory.range", "inventory.type", "inventory.signage", "inventory.retention", "inventory.runs24h",
        "inventory.installed", "inventory.filed")) {
      t.header(text.text(k));
    }
    for (Camera c : survey.cameras()) {
      double[] ll = result.survey().frame().toLonLat(c.location().getX(), c.location().getY());
      if (datum != null) {
        ll = datum.fromWgs84(ll[0], ll[1]);
      }
      t.cell(c.cameraId());
      t.cell(c.siteId());
      t.cell(String.format(java.util.Locale.ROOT, "%.6f,\n%.6f", ll[0], ll[1]));
      t.cell(number(c.headingDegrees()));
      t.cell(number(c.hfovDegrees()));
      t.cell(number(c.rangeMetres()));
      t.cell(text.type(c.type()));
      t.cell(text.yesNo(c.signage()));
      t.cell(text.orUnknown(c.retentionDays()));
      t.cell(text.yesNo(c.runs24h()));
      t.cell(text.orUnknown(c.installed()));
      t.cell(c.filed() == null ? text.text("value.unknown") : c.filed().toString());
    }
    t.add();

    // 3. maps, one per site
    layout.newPage();
    layout.heading(text.text("section.maps.filing"));
    for (Site site : survey.sites()) {
      layout.map(scene, site, 320);
    }

    // 4. self-check by article
    layout.newPage();
    layout.heading(text.text("section.selfcheck"));
    DocumentBuilder.TableBuilder overview = layout.table(22, 48, 30).headerRows(1);
    overview.header(text.text("selfcheck.article"));
    overview.header("");
    overview.header(text.text("selfcheck.result"));
    for (String article : ARTICLES) {
      List<Finding> found = survey.findings().stream().filter(f -> article.equals(f.article())).toList();
      String verdict = found.stream().anyMatch(f -> f.severity() == Severity.VIOLATION) ? "selfcheck.breach"
          : found.isEmpty() ? "selfcheck.ok" : "selfcheck.deficient";
      overview.cell(text.article(article));
      overview.cell(text.text("selfcheck.art" + article));
      overview.cell(text.text(verdict) + (found.isEmpty() ? "" : " (" + found.size() + ")"));
    }
    overview.add();
    for (String article : ARTICLES) {
      layout.subheading(text.article(article) + "  " + text.text("selfcheck.art" + article));
      if (article.equals("8") && !survey.coverage().isEmpty()) {
        DocumentBuilder.TableBuilder cover = layout.table(13, 16, 16, 25, 10, 9, 11).headerRows(1);
        for (String k : List.of("coverage.zone", "inventory.site", "coverage.item", "coverage.name", "coverage.coverage",
            "coverage.required", "coverage.cameras")) {
          cover.header(text.text(k));
        }
        for (ZoneCoverage c : survey.coverage()) {
          cover.cell(c.zone().zoneId());
          cover.cell(c.zone().siteId());
          cover.cell(c.zone().item() == null ? "" : text.articleItem("8", Integer.toString(c.zone().item().item())));
          cover.cell(text.orUnknown(c.zone().name()));
          cover.cell(DocumentText.percent(c.coverage()));
          cover.cell(DocumentText.percent(result.required(c)));
          cover.cell(String.join(sep, c.coveredBy()));
        }
        cover.add();
        layout.paragraph(text.format("criterion.art8", DocumentText.percent(result.options().minCover())));
      }
      List<Finding> found = survey.findings().stream().filter(f -> article.equals(f.article())).toList();
      if (found.isEmpty()) {
        layout.paragraph(text.text("selfcheck.clean"));
      }
      for (Finding f : found) {
        layout.paragraph("· [" + text.messages().text("severity." + f.severity().code()) + "] " + text.message(f));
      }
    }
    List<Finding> warnings = survey.findings().stream().filter(f -> f.article() == null).toList();
    if (!warnings.isEmpty()) {
      layout.subheading(text.text("section.warnings").replaceFirst("^[^、.]*[、.]\\s*", ""));
      for (Finding f : warnings) {
        layout.paragraph("· " + text.message(f));
      }
    }

    // 5. acceptance record
    layout.newPage();
    layout.heading(text.text("section.acceptance"));
    DocumentBuilder.TableBuilder record = layout.table(34, 30, 14, 22).headerRows(1);
    for (String k : List.of("acceptance.item", "acceptance.requirement", "acceptance.result", "acceptance.note")) {
      record.header(text.text(k));
    }
    String quality = text.messages().text("quality." + result.options().quality().code());
    for (int i = 1; i <= 6; i++) {
      record.cell(text.text("acceptance." + i));
      record.cell(text.format("acceptance." + i + ".req", quality));
      record.add(DocumentBuilder.blank(30, null));
      record.cell("");
    }
    record.add();
    layout.subheading(text.text("acceptance.signatures"));
    DocumentBuilder.TableBuilder signatures = layout.table(40, 60);
    List<String> signers = List.of("acceptance.builder", "acceptance.installer", "acceptance.tester", "acceptance.date");
    for (String k : signers) {
      signatures.header(text.text(k));
      signatures.add(DocumentBuilder.blank(44,
          k.equals("acceptance.date") ? null : new Cell.SignatureMark(firstSignature + signers.indexOf(k), null)));
    }
    signatures.add();
  }

  /** One of the sites' particulars, each value once, or "unknown". */
  private static String particulars(Scope scope, java.util.function.Function<SiteParticulars, String> field,
      DocumentText text) {
    List<String> values = scope.sites().stream().map(s -> field.apply(s.particulars())).filter(Objects::nonNull)
        .distinct().toList();
    return values.isEmpty() ? text.text("value.unknown") : String.join("\n", values);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

}
