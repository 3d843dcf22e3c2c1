package io.linli.ticket;

import io.linli.people.StaffMember;
import java.util.Optional;
import java.util.function.Function;

/**
 * A further say on who may be given a ticket, beyond projects, buildings and skills (the plugins' dispatch rules
 * come in through this). Every CDI bean implementing it is asked.
 */
public interface DispatchCheck {

  /**
   * @return for this ticket, why a candidate may not take it (empty when they may); made once per dispatch, so what
   *     the check needs to look up is looked up once, however many candidates it is asked about
   */
  Function<StaffMember, Optional<String>> refusalsFor(Ticket ticket);
}
