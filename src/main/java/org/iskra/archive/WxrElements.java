package org.iskra.archive;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The few shapes a WXR document is made of, on a StAX writer: indented elements of text or CDATA,
 * categories and post metadata. Text never reaches the writer unchecked: characters XML cannot
 * carry are dropped and CDATA is split before any {@code ]]>}.
 */
final class WxrElements {

  static final String WP = "http://wordpress.org/export/1.2/";

  private WxrElements() {}

  static void category(XMLStreamWriter xml, String domain, String nicename, String name)
      throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("category");
    xml.writeAttribute("domain", domain);
    xml.writeAttribute("nicename", nicename);
    writeCdata(xml, name);
    xml.writeEndElement();
  }

  static void meta(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement(WP, "postmeta");
    cdata(xml, 3, WP, "meta_key", key);
    cdata(xml, 3, WP, "meta_value", value);
    newline(xml, 2);
    xml.writeEndElement();
  }

  static void text(XMLStreamWriter xml, int depth, String namespace, String name, String value)
      throws XMLStreamException {
    newline(xml, depth);
    if (namespace == null) {
      xml.writeStartElement(name);
    } else {
      xml.writeStartElement(namespace, name);
    }
    xml.writeCharacters(plain(value));
    xml.writeEndElement();
  }

  static void cdata(XMLStreamWriter xml, int depth, String namespace, String name, String value)
      throws XMLStreamException {
    newline(xml, depth);
    xml.writeStartElement(namespace, name);
    writeCdata(xml, value);
    xml.writeEndElement();
  }

  /**
   * Text as CDATA, as WordPress writes it. A CDATA section cannot hold {@code ]]>}, so the text is
   * split there into sections that each end before the {@code >}: {@code a]]>b} becomes {@code
   * <![CDATA[a]]]]><![CDATA[>b]]>}, which every XML reader joins back into {@code a]]>b}.
   */
  static void writeCdata(XMLStreamWriter xml, String value) throws XMLStreamException {
    String text = plain(value);
    int start = 0;
    int end;
    while ((end = text.indexOf("]]>", start)) >= 0) {
      xml.writeCData(text.substring(start, end + 2));
      start = end + 2;
    }
    xml.writeCData(text.substring(start));
  }

  /** Drops characters XML 1.0 cannot carry at all (control characters but tab and newlines). */
  static String plain(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || Character.isSurrogate(c)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed && out == null) {
        out = new StringBuilder(value.substring(0, i));
      } else if (allowed && out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "\t".repeat(depth));
  }
}
