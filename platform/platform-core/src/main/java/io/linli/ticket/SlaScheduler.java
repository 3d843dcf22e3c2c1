package io.linli.ticket;

import io.linli.settings.LinliSettings;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the SLA checks every few seconds on every node. Nothing is kept in memory: the clocks are rows, so a restart
 * resumes where the last node stopped, and the row locks in {@link SlaCheck} keep nodes from doubling an action.
 * Not built on EJB timers, which Payara Micro keeps only in its data grid (see DESIGN.md).
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
public class SlaScheduler {

  private static final Logger LOG = Logger.getLogger(SlaScheduler.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService executor;
  @Inject SlaCheck check;
  @Inject Clock clock;

  @Inject LinliSettings settings;

  private final List<ScheduledFuture<?>> runs = new ArrayList<>();

  @PostConstruct
  void start() {
    int every = settings.slaScanSeconds();
    for (int i = 0; i < settings.slaSchedulers(); i++) {
      runs.add(executor.scheduleWithFixedDelay(this::scan, every, every, TimeUnit.SECONDS));
    }
  }

  @PreDestroy
  void stop() {
    runs.forEach(run -> run.cancel(false));
  }

  /** Handles every clock due now; one failing clock is logged and does not stop the others. */
  void scan() {
    var now = clock.instant();
    try {
      for (SlaCheck.Due due : check.due(now, BATCH)) {
        try (var scope = TenantContext.open(due.tenant())) {
          check.handle(due, now);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "SLA check of " + due + " failed", e);
        }
      }
    } catch (RuntimeException | Error e) {
      // a periodic task that throws is cancelled for good, silently: log, and let the next run try again
      LOG.log(Level.SEVERE, "SLA scan failed", e);
    }
  }
}
