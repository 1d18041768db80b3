package org.bagyt.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

/** Runs an operation on a number of threads for a fixed time and counts how many completed. */
final class LoadDriver {

  private LoadDriver() {}

  /** Operations per second; {@code operation} gets a running count per thread, to pick its next record or account. */
  static double perSecond(int threads, Duration duration, IntConsumer operation) throws InterruptedException {
    var done = new LongAdder();
    var stop = new AtomicBoolean();
    var start = new CountDownLatch(1);
    var failures = new ArrayList<Throwable>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t * 7919;
      var worker = new Thread(() -> {
        try {
          start.await();
          for (int i = offset; !stop.get(); i++) {
            operation.accept(i);
            done.increment();
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }, "bench-" + t);
      worker.start();
      workers.add(worker);
    }
    long began = System.nanoTime();
    start.countDown();
    Thread.sleep(duration.toMillis());
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    long elapsed = System.nanoTime() - began;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("An operation failed under load", failures.get(0));
    }
    return done.sum() / (elapsed / 1e9);
  }
}
