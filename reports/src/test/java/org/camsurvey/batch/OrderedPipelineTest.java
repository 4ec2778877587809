package org.camsurvey.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come out in the order items went in, whatever the readers' and workers' pace, with a bounded number in flight. */
class OrderedPipelineTest {
  @Test
  void resultsKeepTheProducersOrderWhateverTheWorkersPace() throws Exception {
    for (int workers : new int[] {1, 4}) {
      List<Integer> results = new ArrayList<>();
      OrderedPipeline.<Integer, Integer>run(workers, 1, 8,
          List.of(items -> IntStream.range(0, 500).forEach(items::accept)),
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
    OrderedPipeline.<Integer, Integer>run(2, 1, 5,
        List.of(items -> {
          for (int i = 0; i < 200; i++) {
            items.accept(i);
            produced.incrementAndGet();
          }
        }),
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
    assertThatThrownBy(() -> OrderedPipeline.<Integer, Integer>run(3, 1, 16,
        List.of(items -> IntStream.range(0, 100).forEach(items::accept)),
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
    assertThatThrownBy(() -> OrderedPipeline.<Integer, Integer>run(2, 1, 4,
        List.of(items -> {
          for (int i = 0; i < 10; i++) {
            items.accept(i);
          }
          throw new IllegalArgumentException("bad record");
        }),
        i -> i,
        results::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad record");
    assertThat(results).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
  }

  @Test
  void segmentsReadAtOnceComeOutInTheirOrderWhateverTheirSizesAndPace() throws Exception {
    // segments of 0 to 60 items, some far larger than a reader's window, so that a reader ahead
    // of the sink fills its window and waits while the other's segment is taken
    int[] sizes = IntStream.range(0, 40).map(s -> (s * 37) % 61).toArray();
    List<OrderedPipeline.Producer<Integer>> segments = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      int first = s * 1000;
      int size = sizes[s];
      segments.add(items -> {
        for (int i = first; i < first + size; i++) {
          sleepMicros((i * 7919) % 50);
          items.accept(i);
        }
      });
      IntStream.range(first, first + size).forEach(expected::add);
    }
    for (int readers : new int[] {1, 2, 3}) {
      for (int window : new int[] {1, 4}) {
        List<Integer> results = new ArrayList<>();
        OrderedPipeline.<Integer, Integer>run(2, readers, window, segments,
            i -> {
              sleepMicros((i * 31) % 200);
              return i;
            },
            results::add);

        assertThat(results).as("%d readers, window %d", readers, window).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void eachReaderHasNoMoreThanItsWindowInFlight() throws Exception {
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    int[] most = {0};
    List<OrderedPipeline.Producer<Integer>> segments = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      segments.add(items -> {
        for (int i = 0; i < 100; i++) {
          items.accept(i);
          produced.incrementAndGet();
        }
      });
    }
    OrderedPipeline.<Integer, Integer>run(2, 2, 5, segments, i -> i,
        i -> {
          sleepMicros(200);
          most[0] = Math.max(most[0], produced.get() - taken.incrementAndGet());
        });

    assertThat(most[0]).isGreaterThan(5).isLessThanOrEqualTo(2 * 5 + 2);
  }

  @Test
  void aLaterSegmentsFailureComesAfterEverythingBeforeIt() {
    List<Integer> results = new ArrayList<>();
    assertThatThrownBy(() -> OrderedPipeline.<Integer, Integer>run(2, 2, 4,
        List.of(
            items -> IntStream.range(0, 50).forEach(i -> {
              sleepMicros(300);
              items.accept(i);
            }),
            items -> {
              items.accept(50);
              throw new IllegalArgumentException("bad survey");
            },
            items -> IntStream.range(60, 70).forEach(items::accept)),
        i -> i,
        results::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad survey");
    assertThat(results).containsExactlyElementsOf(IntStream.range(0, 51).boxed().toList());
  }

  private static void sleepMicros(int micros) {
    long end = System.nanoTime() + micros * 1000L;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
