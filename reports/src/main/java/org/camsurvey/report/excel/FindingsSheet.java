package org.camsurvey.report.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camsurvey.model.Finding;
import org.camsurvey.model.Language;
import org.camsurvey.report.DocumentText;
import org.camsurvey.rules.CheckResult;

/**
 * The findings sheet of a document's workbook: one finding a row, its site's name beside its id,
 * its evidence in words and its two main figures as numbers (the overlap in m², the coverage as a
 * percentage), and, beside an inspection report, the day it is due and what is demanded.
 */
final class FindingsSheet {
  private FindingsSheet() {}

  static Sheet write(Workbook book, CellStyles styles, DocumentText text, CheckResult result, Map<String, String> names,
      FindingDeadlines deadlines) {
    Sheet sheet = book.createSheet(text.text("sheet.findings"));
    List<String> titles = new java.util.ArrayList<>(List.of(text.text("findings.code"), text.text("findings.severity"),
        text.text("findings.article"), text.text("inventory.site"), text.text("inventory.site_name"),
        text.text("findings.camera"), text.text("findings.zone"), text.text("findings.message"),
        text.text("findings.evidence"), text.text("findings.overlap_m2"), text.text("coverage.coverage"),
        text.text("findings.consequence"), text.text("findings.party")));
    if (deadlines != null) {
      titles.add(text.text("findings.due"));
      titles.add(text.text("findings.demand"));
    }
    styles.header(sheet.createRow(0), titles.toArray(String[]::new));
    String separator = text.language() == Language.ZH ? "；" : "; ";
    int r = 1;
    for (Finding f : result.findings()) {
      Object overlap = f.figures().get("overlap_m2");
      Object coverage = f.figures().get("coverage");
      var row = sheet.createRow(r++);
      styles.row(row, f.code().name(), text.messages().text("severity." + f.severity().code()),
          f.article() == null ? null : text.part(f.law(), f.article(), f.item()), f.siteId(),
          f.siteId() == null ? null : names.get(f.siteId()), f.cameraId(),
          f.zoneSiteId() == null || f.zoneId() == null ? f.zoneId() : f.zoneSiteId() + "/" + f.zoneId(),
          text.message(f), String.join(separator, text.evidence(f)),
          overlap instanceof Number n ? n : null,
          coverage instanceof Number n ? new CellStyles.Share(n.doubleValue()) : null,
          f.consequence() == null ? null : text.part(f.law(), f.consequence(), null), text.text("party." + f.party().code(), f.law()));
      if (deadlines != null) {
        styles.put(row, titles.size() - 2, deadlines.date(f).orElse(null));
        styles.put(row, titles.size() - 1, deadlines.demand(f));
      }
    }
    return sheet;
  }
}
