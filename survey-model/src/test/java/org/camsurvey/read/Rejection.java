package org.camsurvey.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * An input the importer refused, and checks that its message sends the user to the fault: the
 * file, the layer, the record and the field, each where one applies, then the reason.
 */
public record Rejection(InputException error) {

  /** Runs the call and fails unless it throws an {@link InputException}. */
  public static Rejection of(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("what the call threw").isInstanceOf(InputException.class);
    return new Rejection((InputException) thrown);
  }

  /** Checks the parts the exception carries and that its message shows each of them. */
  public Rejection names(String file, String layer, String record, String field) {
    assertThat(error.file()).as("file").isEqualTo(file);
    assertThat(error.layer()).as("layer").isEqualTo(layer);
    assertThat(error.record()).as("record").isEqualTo(record);
    assertThat(error.field()).as("field").isEqualTo(field);
    String message = error.getMessage();
    assertThat(message).startsWith(file + ": ");
    if (layer != null) {
      assertThat(message).contains("layer '" + layer + "'");
    }
    if (record != null) {
      assertThat(message).contains("record " + record);
    }
    if (field != null) {
      assertThat(message).contains("field '" + field + "'");
    }
    assertThat(message).endsWith(": " + error.reason());
    return this;
  }

  /** Checks that the reason says each of the fragments. */
  public Rejection because(String... fragments) {
    assertThat(error.reason()).contains(fragments);
    return this;
  }
}
