package io.linli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: a number of workers each repeating one operation back to back, first for a warm-up that is
 * not measured, then for a measured period. Throughput is what completed in the measured period.
 */
final class LoadRun {

  /** One worker's operation; throwing counts as an error and the worker carries on. Closed when the run ends. */
  @FunctionalInterface
  interface Operation extends AutoCloseable {
    void run() throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** A worker's operation, made once per worker so that it can own a connection. */
  @FunctionalInterface
  interface Worker {
    Operation open(int worker) throws Exception;
  }

  /** The outcome of a measured period. */
  record Result(String name, int workers, long completed, long errors, double seconds, Latencies latencies,
      String firstError) {

    double perSecond() {
      return completed / seconds;
    }

    double p50() {
      return latencies.percentileMillis(0.50);
    }

    double p99() {
      return latencies.percentileMillis(0.99);
    }
  }

  private LoadRun() {}

  static Result run(String name, int workers, Duration warmup, Duration measured, Worker worker)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + measured.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Latencies> latencies = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(workers);
    for (int w = 0; w < workers; w++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      int index = w;
      Thread thread = new Thread(() -> {
        try (Operation operation = worker.open(index)) {
          for (long now = System.nanoTime(); now < end; ) {
            try {
              operation.run();
              long finished = System.nanoTime();
              if (now >= measureFrom) {
                mine.record(finished - now);
              }
              now = finished;
            } catch (Exception e) {
              if (now >= measureFrom) { // counted like latencies: by when the operation started
                errors.incrementAndGet();
              }
              now = System.nanoTime();
              firstError.compareAndSet(null, e.toString());
            }
          }
        } catch (Exception e) {
          firstError.compareAndSet(null, "worker failed: " + e);
        } finally {
          done.countDown();
        }
      }, name + "-" + w);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    // only operations started in the measured period are counted, so the period is measured exactly as long
    Latencies merged = Latencies.merge(latencies);
    return new Result(name, workers, merged.count(), errors.get(), measured.toNanos() / 1e9, merged,
        firstError.get());
  }
}
