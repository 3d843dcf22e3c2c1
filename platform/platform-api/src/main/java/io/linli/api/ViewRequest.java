package io.linli.api;

import java.util.List;
import java.util.Locale;

/**
 * A request for one of a plugin's pages.
 *
 * @param path the segments after {@code /console/plugins/{pluginId}/} (or the portal's); empty for the root
 * @param locale the language the person chose: {@code zh-CN} or {@code en}
 */
public record ViewRequest(Surface surface, List<String> path, Caller caller, Locale locale) {

  public ViewRequest {
    path = List.copyOf(path);
  }

  /** @return the path segment at that index, or "" when the path is shorter */
  public String segment(int index) {
    return index < path.size() ? path.get(index) : "";
  }
}
