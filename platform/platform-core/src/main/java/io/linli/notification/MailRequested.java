package io.linli.notification;

/** An e-mail to send once the transaction that decided it has committed. */
public record MailRequested(String to, String subject, String body) {}
