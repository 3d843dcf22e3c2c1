package io.linli.api;

import java.util.List;
import java.util.Optional;

/** The bound tenant's residents, as a plugin sees them. */
public interface PluginResidents {

  /** @return the resident, if they are the bound tenant's */
  Optional<ResidentSummary> resident(long id);

  /** @return the household's residents (none when the household is not the bound tenant's) */
  List<ResidentSummary> ofHousehold(long householdId);
}
