package io.linli.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Linli's settings from MicroProfile Config: system properties, then environment variables
 * ({@code LINLI_TENANTS_DIR} for {@code linli.tenants.dir}), then the defaults in microprofile-config.properties.
 */
@ApplicationScoped
public class LinliSettings {

  @Inject
  @ConfigProperty(name = "linli.tenants.dir")
  Optional<String> tenantsDirectory;

  @Inject
  @ConfigProperty(name = "linli.themes.dir")
  Optional<String> themesDirectory;

  @Inject
  @ConfigProperty(name = "linli.plugins.dir")
  Optional<String> pluginsDirectory;

  @Inject
  @ConfigProperty(name = "linli.demo.password", defaultValue = "linli123")
  String demoPassword;

  @Inject
  @ConfigProperty(name = "linli.operator.username", defaultValue = "operator")
  String operatorUsername;

  @Inject
  @ConfigProperty(name = "linli.operator.password", defaultValue = "linli-operator")
  String operatorPassword;

  @Inject
  @ConfigProperty(name = "linli.mail.host")
  Optional<String> mailHost;

  @Inject
  @ConfigProperty(name = "linli.mail.port", defaultValue = "25")
  int mailPort;

  @Inject
  @ConfigProperty(name = "linli.mail.from", defaultValue = "noreply@linli.local")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "linli.sla.scan-seconds", defaultValue = "30")
  int slaScanSeconds;

  @Inject
  @ConfigProperty(name = "linli.plugins.job-scan-seconds", defaultValue = "60")
  int pluginJobScanSeconds;

  @Inject
  @ConfigProperty(name = "linli.outbound.scan-seconds", defaultValue = "15")
  int outboundScanSeconds;

  @Inject
  @ConfigProperty(name = "linli.delivery.retry-seconds", defaultValue = "60")
  int deliveryRetrySeconds;

  @Inject
  @ConfigProperty(name = "linli.sms.url")
  Optional<String> smsUrl;

  @Inject
  @ConfigProperty(name = "linli.sms.key")
  Optional<String> smsKey; // an empty default is no value to MicroProfile Config: it would fail the deployment

  @Inject
  @ConfigProperty(name = "linli.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** More than one only to prove in tests that concurrent schedulers act once. */
  @Inject
  @ConfigProperty(name = "linli.sla.schedulers", defaultValue = "1")
  int slaSchedulers;

  /** @return how often each node looks for due SLA clocks */
  public int slaScanSeconds() {
    return slaScanSeconds;
  }

  /** @return how often each node looks for plugins' scheduled jobs that are due */
  public int pluginJobScanSeconds() {
    return pluginJobScanSeconds;
  }

  /** @return how often each node looks for notice reminders and messages to owners that are due */
  public int outboundScanSeconds() {
    return outboundScanSeconds;
  }

  /** @return the wait before the first retry of a failed delivery; each later one waits twice as long */
  public int deliveryRetrySeconds() {
    return deliveryRetrySeconds;
  }

  /** An HTTP SMS gateway: Linli posts {@code {"to", "text", "reference"}} as JSON with the key as bearer token. */
  public record SmsGateway(String url, String key) {}

  /** @return the SMS gateway; SMS is off when none is set */
  public Optional<SmsGateway> smsGateway() {
    return smsUrl.map(url -> new SmsGateway(url, smsKey.orElse("")));
  }

  /** @return where owners reach Linli, for links in e-mail and SMS (no trailing slash) */
  public String publicUrl() {
    return publicUrl.replaceAll("/+$", "");
  }

  /** @return how many runs of each scheduled scan each node starts (two in tests, racing as two nodes would) */
  public int slaSchedulers() {
    return slaSchedulers;
  }

  /** The SMTP server for notification e-mail, host:port; e-mail is off when empty. */
  public record Smtp(String host, int port, String from) {}

  public Optional<Smtp> smtp() {
    return mailHost.map(host -> new Smtp(host, mailPort, mailFrom));
  }

  public Optional<Path> tenantsDirectory() {
    return tenantsDirectory.map(Path::of);
  }

  /** Where the plugin jars and zips are; none, no plugins. */
  public Optional<Path> pluginsDirectory() {
    return pluginsDirectory.map(Path::of);
  }

  public Optional<Path> themesDirectory() {
    return themesDirectory.map(Path::of);
  }

  public char[] demoPassword() {
    return demoPassword.toCharArray();
  }

  public String operatorUsername() {
    return operatorUsername;
  }

  public char[] operatorPassword() {
    return operatorPassword.toCharArray();
  }
}
