package io.linli.web.ui;

import com.vaadin.flow.router.Route;
import io.linli.api.Surface;
import io.linli.identity.AccountKind;
import io.linli.plugin.PluginContributions;
import jakarta.inject.Inject;

/** A plugin's page in the owners' portal: {@code /portal/plugins/{pluginId}/…}. */
@Route(value = "portal/plugins/:pluginId/:path*", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalPluginPage extends PluginPage {

  @Inject
  public PortalPluginPage(PluginContributions contributions) {
    super(contributions, Surface.PORTAL);
  }
}
