package io.linli.ticket;

import io.linli.sla.EscalationPolicy;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;

/** A tenant's own escalation pace: how long each level has to act before the next is told. */
@Entity
@Table(name = "escalation_setting")
public class EscalationSetting extends TenantOwned {

  @Column(name = "time_to_act_seconds", nullable = false)
  private long timeToActSeconds;

  protected EscalationSetting() {}

  public EscalationSetting(Duration timeToAct) {
    set(timeToAct);
  }

  public void set(Duration timeToAct) {
    timeToActSeconds = new EscalationPolicy(timeToAct).timeToActPerLevel().toSeconds();
  }

  public EscalationPolicy policy() {
    return new EscalationPolicy(Duration.ofSeconds(timeToActSeconds));
  }
}
