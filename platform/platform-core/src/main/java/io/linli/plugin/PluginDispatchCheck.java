package io.linli.plugin;

import io.linli.api.DispatchEligibility;
import io.linli.people.StaffMember;
import io.linli.ticket.DispatchCheck;
import io.linli.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plugins' dispatch rules: each {@link DispatchEligibility} of the plugins the bound tenant enabled is asked;
 * the first refusal, prefixed with the plugin's id, stands. A plugin that fails is passed over (it never blocks
 * dispatching) and counted against it.
 */
@ApplicationScoped
public class PluginDispatchCheck implements DispatchCheck {

  @Inject PluginContributions contributions;
  @Inject PluginCalls calls;
  @Inject PluginHost host;

  @Override
  public Function<StaffMember, Optional<String>> refusalsFor(Ticket ticket) {
    List<String> deciding = contributions.active(DispatchEligibility.class);
    if (deciding.isEmpty()) {
      return candidate -> Optional.empty();
    }
    var summary = ticket.summary();
    return candidate -> {
      for (String pluginId : deciding) {
        for (DispatchEligibility rule : host.extensions(DispatchEligibility.class, pluginId)) {
          Optional<String> refusal = calls.ask(pluginId, () -> rule.refusal(summary, candidate.summary()))
              .flatMap(answer -> answer);
          if (refusal.isPresent()) {
            return Optional.of(refusal.get() + "（" + pluginId + "）");
          }
        }
      }
      return Optional.empty();
    };
  }
}
