package org.iskra.newsletter;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one rendered mail to the SMTP server of {@code spring.mail.*}, in two steps (connect, then
 * hand over) so that the queue can record the moment in between: multipart/alternative with the
 * plain-text and HTML parts, a Message-ID fixed per (message, subscriber), and for newsletters the
 * List-Unsubscribe and List-Unsubscribe-Post headers of RFC 8058. Thread-safe.
 */
@Component
class SmtpMailer {

  private final ObjectProvider<JavaMailSender> sender;
  private final NewsletterSettings settings;

  SmtpMailer(ObjectProvider<JavaMailSender> sender, NewsletterSettings settings) {
    this.sender = sender;
    this.settings = settings;
  }

  /**
   * Builds the mail and opens a connection to the SMTP server (connected, greeted, authenticated),
   * without handing anything over yet: until {@link Handover#send()}, the server has not seen the
   * mail, so a crash before it leaves nothing sent. The caller closes the hand-over.
   *
   * @param messageId the Message-ID, the same on every attempt of the same mail, so that a
   *     receiving system can tell a retry from a new mail
   * @throws org.springframework.mail.MailException when the mail cannot be built or the server
   *     cannot be reached or refuses the connection
   */
  Handover connect(String to, String messageId, NewsletterMail.Outgoing mail) {
    JavaMailSender mailer = sender.getIfAvailable();
    if (mailer == null) {
      throw new MailPreparationException("No SMTP server configured (spring.mail.host)");
    }
    if (!(mailer instanceof JavaMailSenderImpl impl)) {
      // Another sender keeps its connection to itself: it connects and sends in one call.
      MimeMessage message = build(Session.getInstance(new Properties()), to, messageId, mail);
      return new Handover(() -> mailer.send(message), () -> {});
    }
    MimeMessage message = build(impl.getSession(), to, messageId, mail);
    Transport transport;
    try {
      message.setSentDate(new Date());
      message.saveChanges();
      String protocol = impl.getProtocol() == null ? "smtp" : impl.getProtocol();
      transport = impl.getSession().getTransport(protocol);
      // As JavaMailSenderImpl connects: empty credentials mean none.
      String username = impl.getUsername();
      String password = impl.getPassword();
      if ("".equals(username)) {
        username = null;
        if ("".equals(password)) {
          password = null;
        }
      }
      transport.connect(impl.getHost(), impl.getPort(), username, password);
    } catch (AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (MessagingException e) {
      throw new MailSendException("Mail server connection failed", e);
    }
    return new Handover(
        () -> {
          try {
            transport.sendMessage(message, message.getAllRecipients());
          } catch (MessagingException e) {
            throw new MailSendException("The SMTP server did not accept the mail", e);
          }
        },
        () -> {
          try {
            transport.close();
          } catch (MessagingException e) {
            // The mail was accepted or refused already; a failed QUIT changes neither.
          }
        });
  }

  /** A built mail and an open connection: {@link #send()} hands the mail over, once. */
  static final class Handover implements AutoCloseable {

    private final Runnable send;
    private final Runnable close;

    private Handover(Runnable send, Runnable close) {
      this.send = send;
      this.close = close;
    }

    /**
     * MAIL, RCPT, DATA: the only part of the conversation after which the mail may have gone.
     *
     * @throws org.springframework.mail.MailException when the server refuses or the connection
     *     breaks
     */
    void send() {
      send.run();
    }

    /** QUIT; never throws. */
    @Override
    public void close() {
      close.run();
    }
  }

  private MimeMessage build(
      Session session, String to, String messageId, NewsletterMail.Outgoing mail) {
    MimeMessage message = new FixedIdMessage(session, messageId);
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(to);
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      if (mail.unsubscribeUrl() != null) {
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    return message;
  }

  /** Keeps our Message-ID: JavaMail would otherwise make a new one on every save. */
  private static final class FixedIdMessage extends MimeMessage {

    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
