package io.linli.alert;

import io.linli.audit.AuditLog;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The bound company's alert limits; the defaults until it sets its own. */
@ApplicationScoped
@Transactional
public class AlertSettings {

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;

  public AlertThresholds thresholds() {
    return stored().map(AlertSetting::thresholds).orElse(AlertThresholds.DEFAULT);
  }

  /** Keeps the company's limits (from its tenant files, or its admin). */
  public void set(AlertThresholds thresholds) {
    stored().ifPresentOrElse(s -> s.set(thresholds),
        () -> entityManagers.current().persist(new AlertSetting(thresholds)));
    audit.record("alert.thresholds", "settings", null, thresholds.toString());
  }

  private Optional<AlertSetting> stored() {
    return entityManagers.current().createQuery("select s from AlertSetting s", AlertSetting.class)
        .getResultStream().findFirst();
  }
}
