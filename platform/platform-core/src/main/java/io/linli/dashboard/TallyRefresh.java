package io.linli.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the dashboard's tallies up to date every {@code linli.dashboard.refresh-seconds} (default 10) on every
 * node; a backlog (the first start on an existing database, a bulk load) is worked off batch by batch at once.
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
public class TallyRefresh {

  private static final Logger LOG = Logger.getLogger(TallyRefresh.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject TicketTallies tallies;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "linli.dashboard.refresh-seconds", defaultValue = "10")
  int everySeconds;

  private ScheduledFuture<?> runs;

  @PostConstruct
  void start() {
    runs = executor.scheduleWithFixedDelay(this::refresh, 1, everySeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    runs.cancel(false);
  }

  void refresh() {
    try {
      while (tallies.refresh(clock.instant())) {
        // a full batch: more changed tickets wait
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the dashboard's tallies were not refreshed; the next run tries again", e);
    }
  }
}
