package io.linli.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.time.Instant;

/** Owners' e-mail through the SMTP server; a server that is down is tried again later. */
@ApplicationScoped
public class EmailSender extends ChannelSender {

  @Inject SmtpMailer mailer;

  @Override
  protected DeliveryChannel channel() {
    return DeliveryChannel.EMAIL;
  }

  @Override
  protected void send(Delivery delivery, Instant now) throws DeliveryFailed {
    if (!mailer.configured()) {
      throw new DeliveryFailed("e-mail is off: no SMTP server is configured (linli.mail.host)", false);
    }
    try {
      mailer.send(delivery.address(), delivery.subject(), delivery.text());
    } catch (AddressException e) {
      throw new DeliveryFailed("not an e-mail address: " + e.getMessage(), false);
    } catch (MessagingException e) {
      throw new DeliveryFailed("SMTP: " + e.getMessage(), e);
    }
  }
}
