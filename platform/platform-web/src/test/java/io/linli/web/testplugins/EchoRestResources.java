package io.linli.web.testplugins;

import io.linli.api.Caller;
import io.linli.api.PluginContext;
import io.linli.api.RestResources;
import org.pf4j.Extension;

/** The echo plugin's API. */
@Extension
public class EchoRestResources implements RestResources {

  private final PluginContext context;

  public EchoRestResources(PluginContext context) {
    this.context = context;
  }

  @Override
  public Object resource(Caller caller) {
    return new EchoApi(context);
  }
}
