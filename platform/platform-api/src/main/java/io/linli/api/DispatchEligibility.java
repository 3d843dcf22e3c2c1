package io.linli.api;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Whether a staff member may be given a ticket, beyond the platform's own rules (their projects, buildings and
 * skills): e.g. only certified electricians take electrical repairs. Asked on the request's thread when an agent
 * dispatches a ticket (a refusal is a 409 naming the reason) and when the platform dispatches one by rule (a refused
 * technician is passed over). A plugin that fails or answers slowly is counted against it and does not block
 * dispatching.
 */
public interface DispatchEligibility extends ExtensionPoint {

  /** @return why the candidate may not take the ticket, in the company's language; empty when they may */
  Optional<String> refusal(TicketSummary ticket, StaffSummary candidate);
}
