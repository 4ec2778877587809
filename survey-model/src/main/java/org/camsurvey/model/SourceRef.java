package org.camsurvey.model;

/**
 * Where a record came from, so that a message can send the user to it.
 *
 * @param file the file name as the user gave it
 * @param layer the layer name
 * @param recordNumber the 1-based number of the record within its layer
 * @param recordId the record's id where it has one, else null
 */
public record SourceRef(String file, String layer, int recordNumber, String recordId) {
  /** The record's id where it has one, else "#number". */
  public String recordLabel() {
    return recordId != null && !recordId.isEmpty() ? recordId : "#" + recordNumber;
  }
}
