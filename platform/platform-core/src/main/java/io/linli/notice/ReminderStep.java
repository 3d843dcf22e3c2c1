package io.linli.notice;

import io.linli.notification.DeliveryChannel;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;

/** One of the company's reminder steps for critical notices, as kept (tenants/&lt;slug&gt;/notices.yaml). */
@Entity
@Table(name = "notice_reminder_step")
public class ReminderStep extends TenantOwned {

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "after_seconds", nullable = false)
  private long afterSeconds;

  @Column(name = "channels", length = 60, nullable = false)
  private String channels;

  protected ReminderStep() {}

  ReminderStep(int position, ReminderSchedule.Step step) {
    this.position = position;
    this.afterSeconds = step.after().toSeconds();
    this.channels = DeliveryChannel.format(step.channels());
  }

  int position() {
    return position;
  }

  ReminderSchedule.Step step() {
    return new ReminderSchedule.Step(Duration.ofSeconds(afterSeconds), DeliveryChannel.parse(channels));
  }
}
