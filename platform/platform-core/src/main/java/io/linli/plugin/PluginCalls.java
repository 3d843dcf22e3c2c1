package io.linli.plugin;

import io.linli.api.Permission;
import io.linli.api.TenantId;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls into plugins, contained: on a managed thread of their own (the request or scan that caused the event never
 * waits for a plugin), with the tenant bound, each failure or call slower than {@link #TIME_LIMIT} logged with the
 * plugin's id and counted; after {@link #FAILURES_BEFORE_SUSPENSION} in a row the plugin is suspended for that tenant.
 */
@ApplicationScoped
public class PluginCalls {

  static final Duration TIME_LIMIT = Duration.ofSeconds(5);
  static final int FAILURES_BEFORE_SUSPENSION = 3;

  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

  /** A plugin's record with one tenant. */
  private static final class Health {
    final AtomicInteger inARow = new AtomicInteger();
    final AtomicLong total = new AtomicLong();
  }

  @Inject PluginHost host;
  @Inject PluginService plugins;
  @Resource ManagedExecutorService executor;

  private final Map<String, Health> health = new ConcurrentHashMap<>();

  /** Calls every extension of that type of every plugin the tenant uses, after the caller goes on. */
  public <E> void each(TenantId tenant, Class<E> type, Consumer<E> call) {
    each(tenant, type, null, call);
  }

  /** As {@link #each(TenantId, Class, Consumer)}, for the plugins that declare {@code required} only. */
  public <E> void each(TenantId tenant, Class<E> type, Permission required, Consumer<E> call) {
    if (host.offering(type).isEmpty()) {
      return; // no plugin could take it: no thread, no query
    }
    executor.execute(() -> {
      try (var scope = TenantContext.open(tenant)) {
        for (String pluginId : plugins.active()) {
          boolean declared = required == null
              || host.running(pluginId).map(p -> p.permissions().contains(required)).orElse(false);
          for (E extension : declared ? host.extensions(type, pluginId) : List.<E>of()) {
            contained(tenant, pluginId, () -> call.accept(extension));
          }
        }
      }
    });
  }

  /**
   * Calls one plugin for the bound tenant on the caller's thread (a page or a figure it is asked for), contained: a
   * failure is logged and counted like any other.
   *
   * @return what the plugin answered; empty when it failed
   */
  public <T> Optional<T> ask(String pluginId, Supplier<T> call) {
    AtomicReference<T> answer = new AtomicReference<>();
    boolean answered = contained(TenantContext.require(), pluginId, () -> answer.set(call.get()));
    return answered ? Optional.ofNullable(answer.get()) : Optional.empty();
  }

  /** Runs one plugin's work for the bound tenant on the caller's thread, contained (a scheduled job). */
  public void run(String pluginId, Runnable work) {
    contained(TenantContext.require(), pluginId, work);
  }

  /** @return how many calls to the plugin failed for the bound tenant since the platform started */
  public long failures(String pluginId) {
    return health.getOrDefault(key(TenantContext.require(), pluginId), new Health()).total.get();
  }

  /** @return whether the call returned (slow or not) */
  private boolean contained(TenantId tenant, String pluginId, Runnable call) {
    long started = System.nanoTime();
    String failure;
    boolean returned = false;
    try {
      call.run();
      returned = true;
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      failure = took.compareTo(TIME_LIMIT) > 0 ? "took " + took.toMillis() + " ms" : null;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, e, () -> "Plugin " + pluginId + " failed for tenant " + tenant.value());
      failure = e.toString();
    }
    Health record = health.computeIfAbsent(key(tenant, pluginId), k -> new Health());
    if (failure == null) {
      record.inARow.set(0);
      return true;
    }
    record.total.incrementAndGet();
    if (record.inARow.incrementAndGet() >= FAILURES_BEFORE_SUSPENSION) {
      record.inARow.set(0);
      String reason = FAILURES_BEFORE_SUSPENSION + " failures in a row, the last: " + failure;
      LOG.warning(() -> "Plugin " + pluginId + " suspended for tenant " + tenant.value() + ": " + reason);
      plugins.suspend(pluginId, reason);
    }
    return returned;
  }

  private static String key(TenantId tenant, String pluginId) {
    return tenant.value() + "/" + pluginId;
  }
}
