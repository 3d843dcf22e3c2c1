package io.linli.schedule;

import io.linli.settings.LinliSettings;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link DueWork} on every node, each on its own schedule ({@code linli.sla.schedulers} runs of each race,
 * as nodes would — the tests set two). Not built on EJB timers, which Payara Micro keeps only in its data grid (see
 * DESIGN.md).
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
public class DueWorkScheduler {

  private static final Logger LOG = Logger.getLogger(DueWorkScheduler.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService executor;
  @Inject @Any Instance<DueWork<?>> work;
  @Inject Clock clock;
  @Inject LinliSettings settings;

  private final List<ScheduledFuture<?>> runs = new ArrayList<>();

  @PostConstruct
  void start() {
    for (DueWork<?> each : work) {
      int every = each.everySeconds();
      for (int i = 0; i < settings.slaSchedulers(); i++) {
        runs.add(executor.scheduleWithFixedDelay(() -> scan(each), every, every, TimeUnit.SECONDS));
      }
    }
  }

  @PreDestroy
  void stop() {
    runs.forEach(run -> run.cancel(false));
  }

  /** Handles every row due now; one failing row is logged and does not stop the others. */
  <T extends DueWork.Row> void scan(DueWork<T> each) {
    var now = clock.instant();
    try {
      for (T due : each.due(now, BATCH)) {
        try (var scope = TenantContext.open(due.tenant())) {
          each.handle(due, now);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "due work " + due + " failed", e);
        }
      }
    } catch (RuntimeException | Error e) {
      // a periodic task that throws is cancelled for good, silently: log, and let the next run try again
      LOG.log(Level.SEVERE, "scan of " + each.getClass().getSimpleName() + " failed", e);
    }
  }
}
