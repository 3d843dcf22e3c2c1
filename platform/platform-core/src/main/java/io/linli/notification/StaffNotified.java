package io.linli.notification;

import io.linli.api.StaffSummary;
import io.linli.api.TenantId;

/** A notification was stored for a staff member: other channels (the plugins') deliver it after commit. */
public record StaffNotified(TenantId tenant, StaffSummary recipient, String kind, String text, String link) {}
