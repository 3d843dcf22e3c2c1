package io.linli.notification;

import io.linli.settings.LinliSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notification e-mail through the configured SMTP server ({@code linli.mail.host}, {@code linli.mail.port},
 * {@code linli.mail.from}); without a host, e-mail is off. Only after the deciding transaction committed, and a
 * failure is logged, never thrown: an escalation stands whether or not its mail went out.
 */
@ApplicationScoped
public class MailChannel {

  private static final Logger LOG = Logger.getLogger(MailChannel.class.getName());

  @Inject LinliSettings settings;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequested mail) {
    Optional<LinliSettings.Smtp> smtp = settings.smtp();
    if (smtp.isEmpty()) {
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", smtp.get().host());
    properties.put("mail.smtp.port", String.valueOf(smtp.get().port()));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(new InternetAddress(smtp.get().from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.body(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "notification e-mail to " + mail.to() + " not sent", e);
    }
  }
}
