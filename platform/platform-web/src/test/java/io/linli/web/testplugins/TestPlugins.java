package io.linli.web.testplugins;

import io.linli.testkit.PluginJar;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The plugins the integration tests load: built into real jars before Payara starts. */
public class TestPlugins implements Consumer<Path> {

  @Override
  public void accept(Path directory) {
    PluginJar.plugin("echo").requires(">=0.1.0").permissions("tickets.read,tickets.comment")
        .extension(EchoRestResources.class).extension(EchoTicketListener.class).withClass(EchoApi.class)
        .writeTo(directory);
    PluginJar.plugin("failing").requires(">=0.1.0")
        .extension(FailingTicketListener.class)
        .writeTo(directory);
    PluginJar.plugin("future").requires(">=99.0.0")
        .extension(FailingTicketListener.class)
        .writeTo(directory);
    PluginJar.broken(directory, "damaged.jar");
  }
}
