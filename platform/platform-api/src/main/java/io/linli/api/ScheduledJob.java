package io.linli.api;

import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work a plugin does on its own time, for each tenant that enabled it. The platform calls {@link #run()} with the
 * tenant bound, about every {@link #interval()} (checked once a minute), and on one node of a cluster only: each
 * run is claimed in the database first. Failures and slow runs count against the plugin like any other call.
 */
public interface ScheduledJob extends ExtensionPoint {

  /** @return the job's name, unique within the plugin, e.g. {@code expire-invitations} */
  String name();

  /** @return how long between runs for one tenant; at least a minute */
  Duration interval();

  /** Does the work for the bound tenant. */
  void run();
}
