package org.camsurvey.report.excel;

import java.time.LocalDate;
import java.util.Optional;
import org.camsurvey.model.Finding;

/** What an inspection demands of each finding: the day it is due, where it has one, and the demand in words. */
public interface FindingDeadlines {
  Optional<LocalDate> date(Finding finding);

  String demand(Finding finding);
}
