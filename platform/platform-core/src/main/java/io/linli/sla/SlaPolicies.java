package io.linli.sla;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default deadlines per ticket category, before a tenant's overrides. A category a tenant added on its own is
 * treated like a repair, so every ticket has deadlines.
 */
public final class SlaPolicies {

  private static final String FALLBACK = "repair";
  private static final Map<String, SlaPolicy> DEFAULTS = defaults();

  private SlaPolicies() {}

  /**
   * @param categoryCode a category code such as {@code emergency}; case and surrounding blanks are ignored
   * @return the category's default policy, or the {@code repair} policy for an unknown or null code
   */
  public static SlaPolicy defaultFor(String categoryCode) {
    String code = categoryCode == null ? FALLBACK : categoryCode.strip().toLowerCase(Locale.ROOT);
    return DEFAULTS.getOrDefault(code, DEFAULTS.get(FALLBACK));
  }

  /** @return the category codes that have their own default policy, in a stable order */
  public static Set<String> builtInCategories() {
    return DEFAULTS.keySet();
  }

  private static Map<String, SlaPolicy> defaults() {
    Map<String, SlaPolicy> policies = new LinkedHashMap<>();
    // 紧急: respond in 10 minutes, on site in 30, resolved or fed back within 2 hours
    policies.put("emergency", new SlaPolicy(minutes(10), minutes(30), hours(2), 0, null));
    policies.put("repair", new SlaPolicy(hours(2), null, hours(24), 0, null));
    // 咨询: resolved means a clear answer
    policies.put("inquiry", new SlaPolicy(minutes(30), null, hours(4), 0, null));
    policies.put("suggestion", new SlaPolicy(hours(24), null, null, 3, null));
    // 投诉: the resident is called back within 24 hours of the resolution
    policies.put("complaint", new SlaPolicy(hours(2), null, hours(24), 0, hours(24)));
    policies.put("daily_service", new SlaPolicy(hours(2), null, hours(24), 0, null));
    policies.put("fee", new SlaPolicy(hours(2), null, null, 3, null));
    policies.put("move_in", new SlaPolicy(hours(2), null, null, 3, null));
    return Collections.unmodifiableMap(policies);
  }

  private static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }
}
