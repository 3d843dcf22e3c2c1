package io.linli.ticket;

import io.linli.people.StaffMember;
import java.util.Optional;

/**
 * A further say on who may be given a ticket, beyond projects, buildings and skills (the plugins' dispatch rules
 * come in through this). Every CDI bean implementing it is asked.
 */
public interface DispatchCheck {

  /** @return why the candidate may not take the ticket; empty when they may */
  Optional<String> refusal(Ticket ticket, StaffMember candidate);
}
