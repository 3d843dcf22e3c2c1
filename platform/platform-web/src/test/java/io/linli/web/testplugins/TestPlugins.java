package io.linli.web.testplugins;

import io.linli.testkit.PluginJar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
    PluginJar.plugin("gate").requires(">=0.1.0")
        .extension(CertifiedOnly.class)
        .writeTo(directory);
    PluginJar.plugin("relay").requires(">=0.1.0").permissions("notifications.deliver,owners.contact")
        .extension(RelayChannel.Channel.class).extension(RelayChannel.Owners.class).extension(RelayChannel.Api.class).withClass(RelayChannel.class)
        .writeTo(directory);
    PluginJar.broken(directory, "damaged.jar");
    copyBundled(directory);
  }

  /** The plugins of plugins/ as Maven built them: surveys, and the template every third party starts from. */
  private static void copyBundled(Path directory) {
    Path bundled = Path.of(System.getProperty("linli.it.bundled-plugins"));
    try (Stream<Path> jars = Files.list(bundled)) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, directory.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
