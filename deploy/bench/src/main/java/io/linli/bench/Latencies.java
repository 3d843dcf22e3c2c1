package io.linli.bench;

import java.util.Arrays;

/** Latencies of one worker, in nanoseconds; merged after the run, never shared while it runs. */
final class Latencies {

  private long[] nanos = new long[4096];
  private int size;

  void record(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  int count() {
    return size;
  }

  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.size; i++) {
        all.record(part.nanos[i]);
      }
    }
    Arrays.sort(all.nanos, 0, all.size);
    return all;
  }

  /** @return the {@code p}-quantile (0.5, 0.99…) in milliseconds of merged, sorted latencies; NaN when empty */
  double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * size) - 1;
    return nanos[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }
}
