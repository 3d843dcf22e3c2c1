package io.linli.ticket;

import io.linli.sla.SlaPolicy;
import io.linli.sla.WorkingCalendar;

/** The policy and calendar a ticket's clocks are set by: the tenant's, for the ticket's category and priority. */
public record SlaTerms(SlaPolicy policy, WorkingCalendar calendar) {}
