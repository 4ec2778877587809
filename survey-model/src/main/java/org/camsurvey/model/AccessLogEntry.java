package org.camsurvey.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of the register of footage retrievals (Art. 18, Art. 19(4)): Art. 19(4) has the using
 * unit register who recorded the footage, who retrieved it, when, for what purpose and where it went.
 *
 * @param siteId the site whose footage was retrieved
 * @param when when it was retrieved, or null
 * @param persons how many officials were present, or null
 * @param approval the approval document's number, or null
 * @param purpose why it was retrieved, or null
 * @param footage the camera ids retrieved
 * @param recordedBy who recorded the footage (录制人员), or null
 * @param retrievedBy who retrieved it, and their unit (调取人员), or null
 * @param destination where the copy went (去向), or null
 * @param source where the record came from
 */
public record AccessLogEntry(
    String siteId,
    LocalDateTime when,
    Integer persons,
    String approval,
    String purpose,
    List<String> footage,
    String recordedBy,
    String retrievedBy,
    String destination,
    SourceRef source) {
  public AccessLogEntry {
    footage = List.copyOf(footage);
  }
}
