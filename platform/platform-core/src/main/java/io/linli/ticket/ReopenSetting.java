package io.linli.ticket;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;

/** A tenant's own window for owners to reopen a resolved ticket (default {@link Ticket#DEFAULT_REOPEN_WINDOW}). */
@Entity
@Table(name = "reopen_setting")
public class ReopenSetting extends TenantOwned {

  @Column(name = "within_seconds", nullable = false)
  private long withinSeconds;

  protected ReopenSetting() {}

  public ReopenSetting(Duration within) {
    set(within);
  }

  public void set(Duration within) {
    if (within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException("reopen within: must be longer than nothing");
    }
    withinSeconds = within.toSeconds();
  }

  public Duration within() {
    return Duration.ofSeconds(withinSeconds);
  }
}
