package io.linli.ticket;

import io.linli.api.TenantId;
import io.linli.api.TicketSummary;

/** A ticket was filed (CDI event, fired in the filing's transaction; the plugin host passes it on after commit). */
public record TicketFiled(TenantId tenant, TicketSummary ticket) {}
