package io.linli.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends staff notification e-mail, only after the deciding transaction committed, and a failure is logged, never
 * thrown: an escalation stands whether or not its mail went out.
 */
@ApplicationScoped
public class MailChannel {

  private static final Logger LOG = Logger.getLogger(MailChannel.class.getName());

  @Inject SmtpMailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequested mail) {
    if (!mailer.configured()) {
      return;
    }
    try {
      mailer.send(mail.to(), mail.subject(), mail.body());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "notification e-mail to " + mail.to() + " not sent", e);
    }
  }
}
