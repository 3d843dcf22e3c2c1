package io.linli.alert;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A company's own alert limits. */
@Entity
@Table(name = "alert_setting")
public class AlertSetting extends TenantOwned {

  @Column(name = "response_hours", nullable = false)
  private double responseHours;

  @Column(name = "response_days", nullable = false)
  private int responseDays;

  @Column(name = "complaint_rise_percent", nullable = false)
  private int complaintRisePercent;

  @Column(name = "bad_review_percent", nullable = false)
  private int badReviewPercent;

  @Column(name = "acknowledgement_percent", nullable = false)
  private int acknowledgementPercent;

  @Column(name = "breaches_per_day", nullable = false)
  private int breachesPerDay;

  protected AlertSetting() {}

  AlertSetting(AlertThresholds thresholds) {
    set(thresholds);
  }

  void set(AlertThresholds t) {
    responseHours = t.responseHours();
    responseDays = t.responseDays();
    complaintRisePercent = t.complaintRisePercent();
    badReviewPercent = t.badReviewPercent();
    acknowledgementPercent = t.acknowledgementPercent();
    breachesPerDay = t.breachesPerDay();
  }

  AlertThresholds thresholds() {
    return new AlertThresholds(responseHours, responseDays, complaintRisePercent, badReviewPercent,
        acknowledgementPercent, breachesPerDay);
  }
}
