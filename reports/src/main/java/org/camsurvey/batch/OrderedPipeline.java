package org.camsurvey.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Several producers, several workers, results in the producers' order: the items come in
 * segments, each handed on by its own producer; the segments are produced on a few reading
 * threads, each taking the next segment not yet begun, so one segment is read while another is
 * still being worked on; each item is worked on by one of the workers; the caller's thread takes
 * the results strictly in order, segment after segment. Each reading thread has at most {@code
 * window} items handed on and not yet taken by the sink, so memory is bounded whatever the
 * producers' pace, and the results (and so the bytes written from them) do not depend on the
 * number of readers or workers. When it returns or throws, every thread has stopped.
 */
final class OrderedPipeline {
  /** Marks the end of a segment's items. */
  private static final InFlight END = new InFlight(CompletableFuture.completedFuture(null), null);

  private OrderedPipeline() {}

  /** Hands on one segment's items to the pipeline; called on a reading thread. */
  @FunctionalInterface
  interface Producer<I> {
    void produce(Consumer<I> items) throws Exception;
  }

  /**
   * Runs the pipeline to its end, or to the first failure, which it rethrows (a producer's, a
   * worker's or the sink's, whichever comes first in order) after stopping every thread.
   *
   * <p>A reading thread that runs ahead of the sink blocks on its own window only, which the
   * sink frees as it takes the segment that thread is producing or has produced: the segments a
   * thread takes come in increasing order, so the sink always reaches them.
   *
   * @param workers how many threads work on items
   * @param readers how many threads produce segments at once
   * @param window how many items each reading thread may have handed on and not yet taken by the sink
   * @param segments the producers, in the order of their results
   * @param sink takes the results in order, on the caller's thread
   */
  @SuppressWarnings("unchecked")
  static <I, O> void run(int workers, int readers, int window, List<Producer<I>> segments, Function<I, O> work,
      Consumer<O> sink) throws Exception {
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "camsurvey-check-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    List<BlockingQueue<InFlight>> queues = new ArrayList<>();
    segments.forEach(s -> queues.add(new LinkedBlockingQueue<>()));
    AtomicInteger nextSegment = new AtomicInteger();
    List<Thread> reading = new ArrayList<>();
    for (int r = 1; r <= Math.max(1, Math.min(readers, segments.size())); r++) {
      Semaphore permits = new Semaphore(window);
      Thread reader = new Thread(() -> read(segments, queues, nextSegment, permits, pool, work), "camsurvey-read-" + r);
      reader.setDaemon(true);
      reading.add(reader);
    }
    reading.forEach(Thread::start);
    try {
      for (BlockingQueue<InFlight> queue : queues) {
        for (InFlight next = queue.take(); next != END; next = queue.take()) {
          if (next.window() != null) {
            next.window().release();
          }
          sink.accept((O) next.result().get());
        }
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
      reading.forEach(Thread::interrupt);
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

  /**
   * One reading thread: produces the next segment not yet begun, then the next, until none is
   * left or its producer fails; the failure goes where the segment's next item would have gone.
   */
  private static <I, O> void read(List<Producer<I>> segments, List<BlockingQueue<InFlight>> queues,
      AtomicInteger nextSegment, Semaphore window, ExecutorService pool, Function<I, O> work) {
    for (int s = nextSegment.getAndIncrement(); s < segments.size(); s = nextSegment.getAndIncrement()) {
      BlockingQueue<InFlight> queue = queues.get(s);
      try {
        segments.get(s).produce(item -> {
          try {
            window.acquire();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
          }
          queue.add(new InFlight(pool.submit(() -> work.apply(item)), window));
        });
        queue.add(END);
      } catch (Stopped | InterruptedException e) {
        // the sink failed and stopped the pipeline; it reports its own failure
        return;
      } catch (Throwable e) {
        queue.add(new InFlight(CompletableFuture.failedFuture(e), null));
        return;
      }
    }
  }

  /** An item handed on: its result to come, and the window of the thread that handed it on. */
  private record InFlight(Future<?> result, Semaphore window) {}

  /** Unwinds a producer when the pipeline has been stopped. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
