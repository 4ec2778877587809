package org.camsurvey.survey;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** The assembler's costly steps (reprojection, validity) spread over every core, in a loop's order. */
final class Parallel {
  private Parallel() {}

  /**
   * Works out {@code n} results on every core, each on its own; the first failure in index order
   * is thrown, as a loop would have thrown it.
   */
  static <T> T[] each(int n, IntFunction<T> work, IntFunction<T[]> array) {
    T[] results = array.apply(n);
    RuntimeException[] failures = new RuntimeException[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      try {
        results[i] = work.apply(i);
      } catch (RuntimeException e) {
        failures[i] = e;
      }
    });
    for (RuntimeException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    return results;
  }
}
