package org.camsurvey.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One producer, several workers, results in the producer's order: the producer runs on its own
 * thread and hands items on; each item is worked on by one of the workers; the caller's thread
 * takes the results strictly in the order the items were handed on. At most {@code window} items
 * are in flight, so memory is bounded whatever the producer's pace, and the results (and so the
 * bytes written from them) do not depend on the number of workers. When it returns or throws,
 * every worker has stopped.
 */
final class OrderedPipeline {
  /** Marks the end of the items. */
  private static final Future<Object> END = CompletableFuture.completedFuture(null);

  private OrderedPipeline() {}

  /** Hands items on to the pipeline; called on the producer's thread. */
  @FunctionalInterface
  interface Producer<I> {
    void produce(Consumer<I> items) throws Exception;
  }

  /**
   * Runs the pipeline to its end, or to the first failure, which it rethrows (the producer's, a
   * worker's or the sink's, whichever comes first in order) after stopping every thread.
   *
   * @param workers how many threads work on items
   * @param window how many items may be handed on and not yet taken by the sink
   * @param sink takes the results in order, on the caller's thread
   */
  @SuppressWarnings("unchecked")
  static <I, O> void run(int workers, int window, Producer<I> producer, Function<I, O> work, Consumer<O> sink)
      throws Exception {
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "camsurvey-check-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<?>> inFlight = new ArrayBlockingQueue<>(window);
    Thread reader = new Thread(() -> {
      try {
        producer.produce(item -> {
          try {
            inFlight.put(pool.submit(() -> work.apply(item)));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
          }
        });
        inFlight.put(END);
      } catch (Stopped | InterruptedException e) {
        // the sink failed and stopped the pipeline; it reports its own failure
      } catch (Throwable e) {
        try {
          inFlight.put(CompletableFuture.failedFuture(e));
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }
    }, "camsurvey-read");
    reader.setDaemon(true);
    reader.start();
    try {
      for (Future<?> next = inFlight.take(); next != END; next = inFlight.take()) {
        sink.accept((O) next.get());
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    } finally {
      reader.interrupt();
      pool.shutdownNow();
      // A worker may be writing a file of its own (a site's report): it must be done before the
      // caller removes or keeps the outputs. Work on one item takes seconds, not minutes.
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Unwinds the producer when the pipeline has been stopped. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
