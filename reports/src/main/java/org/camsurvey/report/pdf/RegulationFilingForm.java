package org.camsurvey.report.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camsurvey.geo.ChineseWebDatum;
import org.camsurvey.law.Law;
import org.camsurvey.model.Camera;
import org.camsurvey.model.Finding;
import org.camsurvey.model.LawId;
import org.camsurvey.model.Site;
import org.camsurvey.model.SiteClass;
import org.camsurvey.model.SiteParticulars;
import org.camsurvey.remedy.RemedyPlan;
import org.camsurvey.report.DocumentInfo;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.document.Cell;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.DocumentModel;
import org.camsurvey.report.document.Typesetting;
import org.camsurvey.rules.CheckResult;
import org.locationtech.jts.geom.Point;

/**
 * The filing form of the regulation's Art. 14: per unit, its particulars, the sites' locations,
 * the number of cameras by type and the footage's retention period, with the regulation's
 * self-check, and a signature block for the unit. With the measures too, the measures' Art. 15
 * packet follows as a further part.
 */
public final class RegulationFilingForm {
  private RegulationFilingForm() {}

  /**
   * The form for each unit, then, where the check applied the measures too, their packet; then
   * fix's proposal as an annex where one is given. Each unit's form has one signature block, the
   * unit's own, in the order of the units; the packet's three follow (its acceptance record's).
   *
   * @param units the units, as {@link FilingPacket#units} gives them or a choice of them
   * @param datum the datum locations are printed in: null for WGS 84, or a Chinese web datum
   * @param remedies fix's proposal, planned under the document's laws, or null for no annex
   */
  public static DocumentModel model(CheckResult result, DocumentInfo info, List<FilingPacket.Unit> units,
      ChineseWebDatum datum, RemedyPlan remedies) {
    DocumentText text = info.text();
    List<LawId> laws = result.options().laws();
    DocumentBuilder doc = new DocumentBuilder(text.text("filing2025.title"), text);
    boolean both = laws.contains(LawId.CQ2009);
    boolean parts = both || units.size() > 1;
    int k = 0;
    for (FilingPacket.Unit unit : units) {
      k++;
      String number = info.number();
      if (parts) {
        number = info.number() + "-" + k;
        doc.part(number);
      }
      form(doc, info, number, result, unit, datum, laws, k - 1);
    }
    if (both) {
      k++;
      String number = info.number() + "-" + k;
      doc.part(number);
      FilingPacket.body(doc, result, info, number, units, datum, units.size());
    }
    if (remedies != null && parts) {
      // the annex proposes for every unit: a part of its own, not the last form's pages
      doc.part(info.number() + "-" + (k + 1));
    }
    RemedyAnnex.add(doc, remedies);
    return doc.build();
  }

  /**
   * One unit's form, signed in the signature block of index {@code signature}; what follows it
   * (another unit's form, the packet, the annex) starts its own page.
   */
  private static void form(DocumentBuilder doc, DocumentInfo info, String number, CheckResult result,
      FilingPacket.Unit unit, ChineseWebDatum datum, List<LawId> laws, int signature) {
    DocumentText text = doc.text();
    Set<String> ids = Set.copyOf(unit.siteIds());
    List<Site> sites = result.survey().sites().stream().filter(s -> ids.contains(s.siteId())).toList();
    List<Camera> cameras = result.survey().cameras().stream().filter(c -> ids.contains(c.siteId())).toList();

    doc.title(text.text("filing2025.title"), 20);
    Law regulation = Law.of(LawId.CN2025);
    doc.centred(text.format("basis.law", regulation.title(text.language()), regulation.issuer().in(text.language()),
        regulation.effective().toString()), Typesetting.BODY);
    doc.centred(text.text("filing2025.basis"), Typesetting.BODY);
    if (laws.contains(LawId.CQ2009)) {
      doc.centred(text.format("basis.prevails", regulation.title(text.language()),
          Law.of(LawId.CQ2009).title(text.language())), Typesetting.BODY);
    }
    doc.facts(List.of(
        new String[] {text.text("filing.reference"), number},
        new String[] {text.text("filing.prepared"), info.date().toString()},
        new String[] {text.text("doc.survey"), info.surveyName()},
        new String[] {text.text("doc.hash"), info.surveySha256()}));

    exemption(sites).ifPresent(key -> doc.paragraph(text.text(key)));

    doc.heading(text.text("filing2025.unit"));
    doc.facts(List.of(
        new String[] {text.text("filing2025.managing_unit"), unit.name()},
        new String[] {text.text("filing.credit_code"), particular(sites, SiteParticulars::creditCode, text)},
        new String[] {text.text("filing.address"), joined(sites.stream().map(Site::address).toList(), text)},
        new String[] {text.text("filing2025.contact"), particular(sites, SiteParticulars::contact, text)},
        new String[] {text.text("filing2025.phone"), particular(sites, SiteParticulars::phone, text)}));

    doc.heading(text.text("filing2025.locations"));
    doc.paragraph(text.text(datum == null ? "inventory.datum.wgs84" : "inventory.datum.gcj02"));
    DocumentBuilder.TableBuilder where = doc.table(18, 30, 30, 22).headerRows(1);
    for (String key : List.of("inventory.site", "inventory.site_name", "filing.address", "inventory.position")) {
      where.header(text.text(key));
    }
    for (Site site : sites) {
      where.cell(site.siteId());
      where.cell(text.orUnknown(site.name()));
      where.cell(text.orUnknown(site.address()));
      where.cell(position(result, site, cameras, datum, text));
    }
    where.add();

    doc.heading(text.text("filing2025.cameras"));
    Map<String, Long> byType = new TreeMap<>();
    for (Camera c : cameras) {
      byType.merge(c.type() == null ? text.text("value.unknown") : text.type(c.type()), 1L, Long::sum);
    }
    DocumentBuilder.TableBuilder types = doc.table(60, 40).headerRows(1);
    types.header(text.text("system.types"));
    types.header(text.text("system.cameras"));
    byType.forEach((type, count) -> {
      types.cell(type);
      types.cell(Long.toString(count));
    });
    types.cell(text.text("filing2025.total"));
    types.cell(Integer.toString(cameras.size()));
    types.add();

    doc.heading(text.text("filing2025.retention"));
    List<Integer> days = cameras.stream().map(Camera::retentionDays).filter(Objects::nonNull).sorted().toList();
    long unknown = cameras.size() - days.size();
    doc.paragraph((days.isEmpty() ? text.text("value.unknown")
        : days.get(0).equals(days.get(days.size() - 1)) ? text.format("filing2025.retention.days", days.get(0))
        : text.format("system.retention.range", days.get(0), days.get(days.size() - 1)))
        + (unknown > 0 ? "; " + text.format("filing2025.retention.unknown", unknown) : ""));

    doc.heading(text.text("filing2025.selfcheck"));
    List<Finding> found = result.findings().stream()
        .filter(f -> f.law() == LawId.CN2025 && f.siteId() != null && ids.contains(f.siteId())).toList();
    if (found.isEmpty()) {
      doc.paragraph(text.text("selfcheck.clean"));
    }
    for (Finding f : found) {
      doc.paragraph("· [" + text.messages().text("severity." + f.severity().code()) + "] " + text.message(f));
    }
    doc.paragraph(text.text("filing2025.change"));
    DocumentBuilder.TableBuilder signatures = doc.table(40, 60);
    signatures.keepTogether();
    signatures.header(text.text("filing2025.seal"));
    signatures.add(DocumentBuilder.blank(44, new Cell.SignatureMark(signature, null)));
    signatures.header(text.text("filing2025.filed_on"));
    signatures.add(DocumentBuilder.blank(24, null));
    signatures.add();
  }

  /**
   * Why a unit none of whose sites must file is given a form all the same: its places are other
   * public places, which Art. 9(2) spares Art. 14, or non-public places, bound by Art. 33 alone.
   * Nothing where one of its sites must file, or where a site's class is not known.
   */
  private static Optional<String> exemption(List<Site> sites) {
    Set<SiteClass> classes = sites.stream().map(Site::siteClass).collect(Collectors.toSet());
    if (classes.isEmpty() || classes.contains(null) || classes.contains(SiteClass.GOVERNMENT)
        || classes.contains(SiteClass.OPERATOR)) {
      return Optional.empty();
    }
    return Optional.of(classes.contains(SiteClass.OTHER) ? "filing2025.exempt.other" : "filing2025.exempt.private");
  }

  /** The site's centre: its boundary's, else its cameras' mean position; in the datum asked for. */
  private static String position(CheckResult result, Site site, List<Camera> cameras, ChineseWebDatum datum,
      DocumentText text) {
    double x;
    double y;
    if (site.boundary() != null && !site.boundary().isEmpty()) {
      Point centre = site.boundary().getCentroid();
      x = centre.getX();
      y = centre.getY();
    } else {
      List<Camera> own = cameras.stream().filter(c -> c.siteId().equals(site.siteId())).toList();
      if (own.isEmpty()) {
        return text.text("value.unknown");
      }
      x = own.stream().mapToDouble(c -> c.location().getX()).average().orElseThrow();
      y = own.stream().mapToDouble(c -> c.location().getY()).average().orElseThrow();
    }
    double[] ll = result.survey().frame().toLonLat(x, y);
    if (datum != null) {
      ll = datum.fromWgs84(ll[0], ll[1]);
    }
    return String.format(Locale.ROOT, "%.6f,\n%.6f", ll[0], ll[1]);
  }

  private static String particular(List<Site> sites, Function<SiteParticulars, String> field, DocumentText text) {
    return joined(sites.stream().map(s -> field.apply(s.particulars())).toList(), text);
  }

  /** The values given, each once, a line each; "unknown" where there is none. */
  private static String joined(List<String> values, DocumentText text) {
    List<String> given = values.stream().filter(Objects::nonNull).distinct().toList();
    return given.isEmpty() ? text.text("value.unknown") : given.stream().collect(Collectors.joining("\n"));
  }
}
