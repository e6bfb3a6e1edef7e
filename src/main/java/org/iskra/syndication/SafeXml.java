package org.iskra.syndication;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML from outside, read safely: no DTD is ever read or fetched, no external entity resolved, and a
 * document that declares a DOCTYPE at all is refused, which also refuses entity-expansion bombs
 * ("billion laughs") before any expansion. Feeds and WordPress exports never need one. Stateless.
 */
final class SafeXml {

  private SafeXml() {}

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external entity " + systemId + " refused");
        });
    setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    setIfSupported(factory, "jdk.xml.entityExpansionLimit", "1000");
    return factory;
  }

  private static void setIfSupported(XMLInputFactory factory, String name, String value) {
    try {
      factory.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // Another StAX implementation: the DOCTYPE refusal below still holds.
    }
  }

  /** A reader over the document; call {@link #refuseDoctype} for every DTD event it reports. */
  static XMLStreamReader open(byte[] content, String name) {
    try {
      return factory().createXMLStreamReader(new ByteArrayInputStream(content));
    } catch (XMLStreamException e) {
      throw refusal(name, e);
    }
  }

  /**
   * Reads the whole document once, refusing it if it is not well-formed or declares a DOCTYPE.
   *
   * @throws UnreadableText naming the file and the line at fault
   */
  static void check(byte[] content, String name) {
    XMLStreamReader reader = open(content, name);
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.DTD) {
          throw refuseDoctype(name, reader);
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw refusal(name, e);
    }
  }

  static UnreadableText refuseDoctype(String name, XMLStreamReader reader) {
    return new UnreadableText(
        name
            + ": line "
            + reader.getLocation().getLineNumber()
            + ": the file declares a DOCTYPE, which could fetch other files or expand entities"
            + " without bound; it is refused. Remove the DOCTYPE and try again");
  }

  static UnreadableText refusal(String name, XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    // The JDK prefixes its messages with "ParseError at [row,col]:[3,5]\nMessage: ".
    int at = message.indexOf("Message: ");
    String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
    int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    return new UnreadableText(
        name
            + (line > 0 ? ": line " + line : "")
            + ": not well-formed XML ("
            + reason.strip()
            + "); nothing was imported");
  }
}
