package org.camsurvey.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come out in the order items went in, whatever the workers' pace, with a bounded number in flight. */
class OrderedPipelineTest {
  @Test
  void resultsKeepTheProducersOrderWhateverTheWorkersPace() throws Exception {
    for (int workers : new int[] {1, 4}) {
      List<Integer> results = new ArrayList<>();
      OrderedPipeline.<Integer, Integer>run(workers, 8,
          items -> IntStream.range(0, 500).forEach(items::accept),
          i -> {
            sleepMicros((i * 7919) % 500);
            return i * 2;
          },
          results::add);

      assertThat(results).as("%d workers", workers).containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
    }
  }

  @Test
  void noMoreThanTheWindowIsInFlight() throws Exception {
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    int[] most = {0};
    OrderedPipeline.<Integer, Integer>run(2, 5,
        items -> {
          for (int i = 0; i < 200; i++) {
            items.accept(i);
            produced.incrementAndGet();
          }
        },
        i -> i,
        i -> {
          sleepMicros(200);
          most[0] = Math.max(most[0], produced.get() - taken.incrementAndGet());
        });

    assertThat(most[0]).isLessThanOrEqualTo(6);
  }

  @Test
  void theFirstFailureInOrderIsRethrownAndEarlierResultsAreKept() {
    List<Integer> results = new ArrayList<>();
    assertThatThrownBy(() -> OrderedPipeline.<Integer, Integer>run(3, 16,
        items -> IntStream.range(0, 100).forEach(items::accept),
        i -> {
          if (i == 40) {
            throw new IllegalStateException("item 40");
          }
          return i;
        },
        results::add))
        .isInstanceOf(IllegalStateException.class).hasMessage("item 40");
    assertThat(results).containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
  }

  @Test
  void aFailingProducerStopsThePipelineAfterWhatItHandedOn() {
    List<Integer> results = new ArrayList<>();
    assertThatThrownBy(() -> OrderedPipeline.<Integer, Integer>run(2, 4,
        items -> {
          for (int i = 0; i < 10; i++) {
            items.accept(i);
          }
          throw new IllegalArgumentException("bad record");
        },
        i -> i,
        results::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad record");
    assertThat(results).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
  }

  private static void sleepMicros(int micros) {
    long end = System.nanoTime() + micros * 1000L;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
