package io.linli.ticket;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A tenant's change to the official calendar: an extra day off, or a day worked that is normally off. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends TenantOwned {

  @Column(name = "day", nullable = false)
  private LocalDate day;

  @Column(name = "working", nullable = false)
  private boolean working;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, boolean working) {
    this.day = day;
    this.working = working;
  }

  public LocalDate day() {
    return day;
  }

  public boolean isWorking() {
    return working;
  }

  public void setWorking(boolean working) {
    this.working = working;
  }
}
