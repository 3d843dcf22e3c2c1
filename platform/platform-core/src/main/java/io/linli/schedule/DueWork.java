package io.linli.schedule;

import io.linli.api.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Rows that come due, of any tenant, and what to do with each. The {@link DueWorkScheduler} asks every such bean
 * every {@link #everySeconds()} on its own thread, so slow work (a provider that times out) never holds up another.
 *
 * @param <T> a due row: at least its tenant, under which it is handled
 */
public interface DueWork<T extends DueWork.Row> {

  /** A due row of some tenant. */
  interface Row {
    TenantId tenant();
  }

  /** @return how often to look for due rows */
  int everySeconds();

  /** @return rows due at {@code now}, oldest first, at most {@code limit}; read across tenants */
  List<T> due(Instant now, int limit);

  /**
   * Handles one row with its tenant bound, in a transaction of its own that locks the row and checks it is still
   * due, so that another node doing the same does nothing.
   *
   * @return whether anything was done
   */
  boolean handle(T row, Instant now);
}
