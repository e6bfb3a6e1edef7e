package org.iskra.syndication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.XMLEvent;

/**
 * XML from outside, read safely: no DTD is ever read or fetched and no external entity resolved. A
 * DOCTYPE with an internal subset (where entities are declared) is refused, which refuses
 * entity-expansion bombs ("billion laughs") and external entities (XXE) before any expansion. A
 * plain DOCTYPE that only names an external DTD, as old RSS 0.91 feeds carry Netscape's, is
 * ignored, as feed readers do: the DTD is never fetched. Stateless.
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

  /** A reader over the document; call {@link #doctype} for every DTD event it reports. */
  static XMLStreamReader open(byte[] content, String name) {
    try {
      return factory().createXMLStreamReader(new ByteArrayInputStream(content));
    } catch (XMLStreamException e) {
      throw refusal(name, e);
    }
  }

  /**
   * Reads the whole document once, refusing it if it is not well-formed or declares entities in a
   * DOCTYPE.
   *
   * @return whether the document has a (harmless) DOCTYPE naming an external DTD, never fetched
   * @throws UnreadableText naming the file and the line at fault
   */
  static boolean check(byte[] content, String name) {
    XMLStreamReader reader = open(content, name);
    boolean doctype = false;
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.DTD) {
          doctype(name, reader);
          doctype = true;
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw refusal(name, e);
    }
    return doctype;
  }

  /**
   * Lets a DOCTYPE that only names an external DTD pass (it is never read), and refuses one with an
   * internal subset, where entities are declared.
   *
   * @throws UnreadableText naming the line of the DOCTYPE
   */
  static void doctype(String name, XMLStreamReader reader) {
    String declaration = reader.getText() == null ? "" : reader.getText().strip();
    // The declaration itself starts with "<!DOCTYPE"; any other "<!" or "[" is an internal subset.
    String rest = declaration.replaceFirst("^<!DOCTYPE", "");
    if (rest.contains("[") || rest.contains("<!")) {
      throw refuseDoctype(name, reader);
    }
  }

  static UnreadableText refuseDoctype(String name, XMLStreamReader reader) {
    return new UnreadableText(
        name
            + ": line "
            + reader.getLocation().getLineNumber()
            + ": the file declares a DOCTYPE with entities, which could fetch other files or"
            + " expand without bound; it is refused. Remove the DOCTYPE and try again");
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

  /**
   * The document without the elements that the test picks (and what is inside them), or null when
   * it has none of them.
   *
   * @throws UnreadableText when the content is not well-formed
   */
  static byte[] without(
      byte[] content, String name, java.util.function.Predicate<javax.xml.namespace.QName> drop) {
    try {
      XMLEventReader reader = factory().createXMLEventReader(new ByteArrayInputStream(content));
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
      XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
      int skipping = 0;
      boolean found = false;
      while (reader.hasNext()) {
        XMLEvent event = reader.nextEvent();
        if (event.isStartElement()
            && (skipping > 0 || drop.test(event.asStartElement().getName()))) {
          skipping++;
          found = true;
        } else if (event.isEndElement() && skipping > 0) {
          skipping--;
        } else if (skipping == 0 && event.getEventType() != XMLStreamConstants.DTD) {
          writer.add(event);
        }
      }
      writer.close();
      return found ? out.toByteArray() : null;
    } catch (XMLStreamException e) {
      throw refusal(name, e);
    }
  }
}
