package io.linli.notification;

import io.linli.settings.LinliSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Sends e-mail through the configured SMTP server ({@code linli.mail.host}, {@code linli.mail.port},
 * {@code linli.mail.from}); without a host, e-mail is off.
 */
@ApplicationScoped
public class SmtpMailer {

  @Inject LinliSettings settings;

  /** @return whether an SMTP server is configured */
  public boolean configured() {
    return settings.smtp().isPresent();
  }

  /**
   * @throws MessagingException when the server refused it or could not be reached (5 s)
   * @throws IllegalStateException when e-mail is off
   */
  public void send(String to, String subject, String text) throws MessagingException {
    LinliSettings.Smtp smtp = settings.smtp().orElseThrow(() -> new IllegalStateException("e-mail is off"));
    Properties properties = new Properties();
    properties.put("mail.smtp.host", smtp.host());
    properties.put("mail.smtp.port", String.valueOf(smtp.port()));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(smtp.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }
}
