package io.linli.plugin;

import io.linli.api.ScheduledJob;
import io.linli.api.TenantId;
import io.linli.settings.LinliSettings;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the plugins' {@link ScheduledJob}s for each tenant that enabled them. Every node looks every
 * {@code linli.plugins.job-scan-seconds}; a run is claimed first by moving the job's next time on in
 * {@code plugin_job_run}, which only one node's update can do.
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
public class PluginJobs {

  private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());
  private static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

  @Resource ManagedScheduledExecutorService executor;
  @Resource(lookup = "java:app/jdbc/linli-plugins") DataSource dataSource;
  @Inject PluginHost host;
  @Inject PluginService plugins;
  @Inject PluginCalls calls;
  @Inject TenantService tenants;
  @Inject LinliSettings settings;
  @Inject Clock clock;

  private ScheduledFuture<?> runs;

  @PostConstruct
  void start() {
    int every = settings.pluginJobScanSeconds();
    runs = executor.scheduleWithFixedDelay(this::scan, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    runs.cancel(false);
  }

  void scan() {
    try {
      if (host.offering(ScheduledJob.class).isEmpty()) {
        return;
      }
      for (Tenant tenant : tenants.all()) {
        try (var scope = TenantContext.open(tenant.id())) {
          for (String pluginId : plugins.active()) {
            for (ScheduledJob job : host.extensions(ScheduledJob.class, pluginId)) {
              if (claim(tenant.id(), pluginId, job)) {
                calls.run(pluginId, job::run);
              }
            }
          }
        }
      }
    } catch (RuntimeException | Error e) {
      // a periodic task that throws is cancelled for good, silently: log, and let the next run try again
      LOG.log(Level.SEVERE, "Plugin job scan failed", e);
    }
  }

  /** @return whether this node runs the job now: it was due (or never ran) and this node moved its time on */
  private boolean claim(TenantId tenant, String pluginId, ScheduledJob job) {
    Instant now = clock.instant();
    Duration interval = job.interval().compareTo(SHORTEST_INTERVAL) < 0 ? SHORTEST_INTERVAL : job.interval();
    Timestamp next = Timestamp.from(now.plus(interval));
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement moved = connection.prepareStatement("update plugin_job_run set next_run_at = ?"
          + " where tenant_id = ? and plugin_id = ? and job = ? and next_run_at <= ?")) {
        moved.setTimestamp(1, next);
        moved.setString(2, tenant.value());
        moved.setString(3, pluginId);
        moved.setString(4, job.name());
        moved.setTimestamp(5, Timestamp.from(now));
        if (moved.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement first = connection.prepareStatement(
          "insert ignore into plugin_job_run (tenant_id, plugin_id, job, next_run_at) values (?, ?, ?, ?)")) {
        first.setString(1, tenant.value());
        first.setString(2, pluginId);
        first.setString(3, job.name());
        first.setTimestamp(4, next);
        return first.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot claim job " + job.name() + " of plugin " + pluginId, e);
      return false;
    }
  }
}
