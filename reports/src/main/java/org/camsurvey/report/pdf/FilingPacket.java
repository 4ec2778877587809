package org.camsurvey.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
import org.camsurvey.model.ZoneRule;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
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
    Scene scene = new Scene(result.survey(), result.options());
    return PdfLayout.render(info, font, info.text().text("filing.title"), layout -> {
      body(layout, result, scene);
      RemedyAnnex.add(layout, remedies);
    });
  }

  private static void body(PdfLayout layout, CheckResult result, Scene scene) throws DocumentException {
    DocumentText text = layout.text;
    DocumentInfo info = layout.info;
    Survey survey = result.survey();
    String sep = text.language() == Language.ZH ? "、" : ", ";

    // cover
    PdfPTable spacer = layout.table(1);
    PdfPCell gap = layout.cell("", 9);
    gap.setBorder(0);
    gap.setMinimumHeight(120);
    spacer.addCell(gap);
    layout.add(spacer);
    layout.title(text.text("filing.title"), 20);
    layout.centred(text.text("filing.basis"), 9.5f);
    layout.centred("", 9.5f);
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
        new String[] {text.text("filing.reference"), info.number()},
        new String[] {text.text("filing.operator"), String.join("\n", operators)},
        new String[] {text.text("filing.site"), String.join("\n", siteLines)},
        new String[] {text.text("filing.address"), String.join("\n", addresses)},
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
    float size = 7f;
    PdfPTable t = layout.table(9, 11, 15, 7, 7, 7, 7, 6, 7, 6, 9, 9);
    t.setHeaderRows(1);
    for (String k : List.of("inventory.id", "inventory.site", "inventory.position", "inventory.heading", "inventory.angle",
        "inventory.range", "inventory.type", "inventory.signage", "inventory.retention", "inventory.runs24h",
        "inventory.installed", "inventory.filed")) {
      t.addCell(layout.header(text.text(k), size));
    }
    for (Camera c : survey.cameras()) {
      double[] ll = survey.frame().toLonLat(c.location().getX(), c.location().getY());
      t.addCell(layout.cell(c.cameraId(), size));
      t.addCell(layout.cell(c.siteId(), size));
      t.addCell(layout.cell(String.format(java.util.Locale.ROOT, "%.6f,\n%.6f", ll[0], ll[1]), size));
      t.addCell(layout.cell(number(c.headingDegrees()), size));
      t.addCell(layout.cell(number(c.hfovDegrees()), size));
      t.addCell(layout.cell(number(c.rangeMetres()), size));
      t.addCell(layout.cell(text.type(c.type()), size));
      t.addCell(layout.cell(text.yesNo(c.signage()), size));
      t.addCell(layout.cell(text.orUnknown(c.retentionDays()), size));
      t.addCell(layout.cell(text.yesNo(c.runs24h()), size));
      t.addCell(layout.cell(text.orUnknown(c.installed()), size));
      t.addCell(layout.cell(c.filed() == null ? text.text("value.unknown") : c.filed().toString(), size));
    }
    layout.add(t);

    // 3. maps, one per site
    layout.newPage();
    layout.heading(text.text("section.maps.filing"));
    for (Site site : survey.sites()) {
      layout.map(scene, site, 320);
    }

    // 4. self-check by article
    layout.newPage();
    layout.heading(text.text("section.selfcheck"));
    PdfPTable overview = layout.table(22, 48, 30);
    overview.setHeaderRows(1);
    overview.addCell(layout.header(text.text("selfcheck.article"), PdfLayout.BODY));
    overview.addCell(layout.header("", PdfLayout.BODY));
    overview.addCell(layout.header(text.text("selfcheck.result"), PdfLayout.BODY));
    for (String article : ARTICLES) {
      List<Finding> found = result.findings().stream().filter(f -> article.equals(f.article())).toList();
      String verdict = found.stream().anyMatch(f -> f.severity() == Severity.VIOLATION) ? "selfcheck.breach"
          : found.isEmpty() ? "selfcheck.ok" : "selfcheck.deficient";
      overview.addCell(layout.cell(text.article(article), PdfLayout.BODY));
      overview.addCell(layout.cell(text.text("selfcheck.art" + article), PdfLayout.BODY));
      overview.addCell(layout.cell(text.text(verdict) + (found.isEmpty() ? "" : " (" + found.size() + ")"), PdfLayout.BODY));
    }
    layout.add(overview);
    for (String article : ARTICLES) {
      layout.subheading(text.article(article) + "  " + text.text("selfcheck.art" + article));
      if (article.equals("8") && !result.coverage().isEmpty()) {
        PdfPTable cover = layout.table(13, 16, 16, 25, 10, 9, 11);
        cover.setHeaderRows(1);
        for (String k : List.of("coverage.zone", "inventory.site", "coverage.item", "coverage.name", "coverage.coverage",
            "coverage.required", "coverage.cameras")) {
          cover.addCell(layout.header(text.text(k), 8));
        }
        for (ZoneCoverage c : result.coverage()) {
          cover.addCell(layout.cell(c.zone().zoneId(), 8));
          cover.addCell(layout.cell(c.zone().siteId(), 8));
          cover.addCell(layout.cell(text.articleItem("8", Integer.toString(c.zone().item().item())), 8));
          cover.addCell(layout.cell(text.orUnknown(c.zone().name()), 8));
          cover.addCell(layout.cell(DocumentText.percent(c.coverage()), 8));
          cover.addCell(layout.cell(DocumentText.percent(result.required(c)), 8));
          cover.addCell(layout.cell(String.join(sep, c.coveredBy()), 8));
        }
        layout.add(cover);
        layout.paragraph(text.format("criterion.art8", DocumentText.percent(result.options().minCover())));
      }
      List<Finding> found = result.findings().stream().filter(f -> article.equals(f.article())).toList();
      if (found.isEmpty()) {
        layout.paragraph(text.text("selfcheck.clean"));
      }
      for (Finding f : found) {
        layout.paragraph("· [" + text.messages().text("severity." + f.severity().code()) + "] " + text.message(f));
      }
    }
    List<Finding> warnings = result.findings().stream().filter(f -> f.article() == null).toList();
    if (!warnings.isEmpty()) {
      layout.subheading(text.text("section.warnings").replaceFirst("^[^、.]*[、.]\\s*", ""));
      for (Finding f : warnings) {
        layout.paragraph("· " + text.message(f));
      }
    }

    // 5. acceptance record
    layout.newPage();
    layout.heading(text.text("section.acceptance"));
    PdfPTable record = layout.table(34, 30, 14, 22);
    record.setHeaderRows(1);
    for (String k : List.of("acceptance.item", "acceptance.requirement", "acceptance.result", "acceptance.note")) {
      record.addCell(layout.header(text.text(k), PdfLayout.BODY));
    }
    String quality = text.messages().text("quality." + result.options().quality().code());
    for (int i = 1; i <= 6; i++) {
      record.addCell(layout.cell(text.text("acceptance." + i), PdfLayout.BODY));
      record.addCell(layout.cell(text.format("acceptance." + i + ".req", quality), PdfLayout.BODY));
      PdfPCell blank = layout.cell("", PdfLayout.BODY);
      blank.setMinimumHeight(30);
      record.addCell(blank);
      record.addCell(layout.cell("", PdfLayout.BODY));
    }
    layout.add(record);
    layout.subheading(text.text("acceptance.signatures"));
    PdfPTable signatures = layout.table(40, 60);
    List<String> signers = List.of("acceptance.builder", "acceptance.installer", "acceptance.tester", "acceptance.date");
    for (String k : signers) {
      signatures.addCell(layout.header(text.text(k), PdfLayout.BODY));
      PdfPCell blank = layout.cell("", PdfLayout.BODY);
      blank.setMinimumHeight(44);
      if (!k.equals("acceptance.date")) {
        blank.setCellEvent(layout.signatureBlock(signers.indexOf(k), null));
      }
      signatures.addCell(blank);
    }
    layout.add(signatures);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

}
