package io.linli.schedule;

import io.linli.settings.LinliSettings;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link DueWork} on every node, each on its own schedule and its own thread ({@code linli.sla.schedulers}
 * runs of each race, as nodes would — the tests set two). The threads come from the container's thread factory (so
 * they have its naming, CDI and transactions) into a pool of our own: Payara's default scheduled executor has a core
 * pool of 0, which runs every scheduled task on one thread. Not built on EJB timers, which Payara Micro keeps only
 * in its data grid (see DESIGN.md).
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
public class DueWorkScheduler {

  private static final Logger LOG = Logger.getLogger(DueWorkScheduler.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedThreadFactory threads;
  @Inject @Any Instance<DueWork<?>> work;
  @Inject Clock clock;
  @Inject LinliSettings settings;

  private ScheduledExecutorService executor;

  @PostConstruct
  void start() {
    List<DueWork<?>> all = new ArrayList<>();
    work.forEach(all::add);
    executor = Executors.newScheduledThreadPool(all.size() * settings.slaSchedulers(), threads);
    for (DueWork<?> each : all) {
      int every = each.everySeconds();
      for (int i = 0; i < settings.slaSchedulers(); i++) {
        executor.scheduleWithFixedDelay(() -> scan(each), every, every, TimeUnit.SECONDS);
      }
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /**
   * Handles every row due now, batch after batch while batches come back full (for up to one interval); one failing
   * row is logged and does not stop the others.
   */
  <T extends DueWork.Row> void scan(DueWork<T> each) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(each.everySeconds());
    try {
      List<T> batch;
      do {
        var now = clock.instant();
        batch = each.due(now, BATCH);
        for (T due : batch) {
          try (var scope = TenantContext.open(due.tenant())) {
            each.handle(due, now);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "due work " + due + " failed", e);
          }
        }
      } while (batch.size() == BATCH && System.nanoTime() < until);
    } catch (RuntimeException | Error e) {
      // a periodic task that throws is cancelled for good, silently: log, and let the next run try again
      LOG.log(Level.SEVERE, "scan of " + each.getClass().getSimpleName() + " failed", e);
    }
  }
}
