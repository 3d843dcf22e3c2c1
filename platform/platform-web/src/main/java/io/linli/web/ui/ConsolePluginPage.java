package io.linli.web.ui;

import com.vaadin.flow.router.Route;
import io.linli.api.Surface;
import io.linli.identity.AccountKind;
import io.linli.plugin.PluginContributions;
import jakarta.inject.Inject;

/** A plugin's page in the staff console: {@code /console/plugins/{pluginId}/…}. */
@Route(value = "console/plugins/:pluginId/:path*", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsolePluginPage extends PluginPage {

  @Inject
  public ConsolePluginPage(PluginContributions contributions) {
    super(contributions, Surface.CONSOLE);
  }
}
