package org.iskra.newsletter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the tests (GreenMail on a free port), with helpers that read what one
 * recipient received as a reader would: subject, the plain-text and HTML parts, the links.
 */
final class TestMail {

  static final GreenMail SERVER = start();

  private TestMail() {}

  private static GreenMail start() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  static int port() {
    return SERVER.getSmtp().getPort();
  }

  /** Everything this address received so far, oldest first. */
  static List<MimeMessage> to(String address) {
    return Arrays.stream(SERVER.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** Waits until the address has received {@code count} mails; fails after 20 seconds. */
  static List<MimeMessage> await(String address, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> received = to(address);
      if (received.size() >= count) {
        return received;
      }
      pause(50);
    }
    throw new AssertionError(address + " received " + to(address).size() + " of " + count);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The part of this MIME type (text/plain or text/html) of a multipart mail. */
  static String part(MimeMessage message, String type) {
    try {
      return find(message.getContent(), type);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String find(Object content, String type) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          return part.getContent().toString();
        }
        String nested = find(part.getContent(), type);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  /** The path and query of the first link in the text that goes to {@code path}. */
  static String link(String text, String path) {
    Matcher matcher =
        Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s<>\"]*)").matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("No link to " + path + " in:\n" + text);
    }
    return matcher.group(1);
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
