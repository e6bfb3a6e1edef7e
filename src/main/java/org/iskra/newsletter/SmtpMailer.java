package org.iskra.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one rendered mail to the SMTP server of {@code spring.mail.*}: multipart/alternative with
 * the plain-text and HTML parts, a Message-ID fixed per (message, subscriber), and for newsletters
 * the List-Unsubscribe and List-Unsubscribe-Post headers of RFC 8058. Thread-safe.
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
   * @param messageId the Message-ID, the same on every attempt of the same mail, so that a
   *     receiving system can tell a retry from a new mail
   * @throws org.springframework.mail.MailException when the server refuses or cannot be reached
   */
  void send(String to, String messageId, NewsletterMail.Outgoing mail) {
    JavaMailSender mailer = sender.getIfAvailable();
    if (mailer == null) {
      throw new MailPreparationException("No SMTP server configured (spring.mail.host)");
    }
    Session session =
        mailer instanceof JavaMailSenderImpl impl
            ? impl.getSession()
            : Session.getInstance(new Properties());
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
    mailer.send(message);
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
