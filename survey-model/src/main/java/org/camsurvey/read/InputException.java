package org.camsurvey.read;

/**
 * Input the toolkit cannot use: the message names the file, the layer, the record, the field
 * where one is at fault, and the reason, so that the user can go and fix it.
 */
public final class InputException extends RuntimeException {
  private final String file;
  private final String layer;
  private final String record;
  private final String field;
  private final String reason;

  /**
   * @param file the file as the user named it
   * @param layer the layer, or null when the whole file is at fault
   * @param record the record's id, or "#n" for its number, or null
   * @param field the field at fault, or null
   * @param reason what is wrong, and where it helps, what to do
   */
  public InputException(String file, String layer, String record, String field, String reason) {
    this(file, layer, record, field, reason, null);
  }

  public InputException(String file, String layer, String record, String field, String reason, Throwable cause) {
    super(compose(file, layer, record, field, reason), cause);
    this.file = file;
    this.layer = layer;
    this.record = record;
    this.field = field;
    this.reason = reason;
  }

  /** An error about a whole file. */
  public static InputException file(String file, String reason) {
    return new InputException(file, null, null, null, reason);
  }

  private static String compose(String file, String layer, String record, String field, String reason) {
    StringBuilder b = new StringBuilder(file == null ? "input" : file);
    if (layer != null) {
      b.append(": layer '").append(layer).append('\'');
    }
    if (record != null) {
      b.append(layer == null ? ": " : ", ").append("record ").append(record);
    }
    if (field != null) {
      b.append(layer == null && record == null ? ": " : ", ").append("field '").append(field).append('\'');
    }
    return b.append(": ").append(reason).toString();
  }

  public String file() {
    return file;
  }

  public String layer() {
    return layer;
  }

  public String record() {
    return record;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
