package org.camsurvey.survey;

import java.util.List;
import java.util.Map;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.SourceRef;
import org.camsurvey.read.RawLayer;

/**
 * What the layers of records share: the site a record belongs to (the survey's own where a layer
 * has no site ids) and ids that no two records may have.
 */
final class RecordKeys {
  private final String surveyName;
  private final List<Finding> warnings;

  RecordKeys(String surveyName, List<Finding> warnings) {
    this.surveyName = surveyName;
    this.warnings = warnings;
  }

  String surveyName() {
    return surveyName;
  }

  void siteIdPresent(RawLayer layer) {
    if (!layer.fields().contains("site_id")) {
      warnings.add(Finding.of(FindingCode.DATA_MISSING_FIELD).site(surveyName)
          .source(new SourceRef(layer.file(), layer.name(), 0, null))
          .figure("fields", "site_id").build());
    }
  }

  String siteId(RawLayer layer, FieldValues v) {
    return layer.fields().contains("site_id") ? v.requiredText("site_id") : surveyName;
  }

  /**
   * Records a record's key, or refuses it when an earlier record has it: the message names the
   * earlier record where it came from another file or layer.
   */
  static void unique(Map<String, SourceRef> seen, String key, FieldValues v, String field, String reason) {
    SourceRef previous = seen.putIfAbsent(key, v.source());
    if (previous != null) {
      boolean elsewhere = !previous.file().equals(v.source().file());
      throw v.error(field, reason + (elsewhere ? " (also in " + previous.file() + ", record " + previous.recordLabel() + ")" : ""));
    }
  }
}
