package org.iskra.syndication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A WordPress export (WXR) read whole: the site's authors and every item with the line it starts
 * at. Reading it is also the check: a file that is not well-formed XML, or declares entities in a
 * DOCTYPE, is refused before anything is imported.
 *
 * @param authors display names by login ({@code wp:author_login})
 */
record WxrFile(Map<String, String> authors, List<Item> items) {

  /**
   * One {@code <item>} as written, nothing interpreted yet.
   *
   * @param meta its {@code wp:postmeta} values by key, the first of each key (e.g. {@code
   *     _thumbnail_id}, {@code _wp_attached_file}, {@code _wp_attachment_image_alt})
   */
  record Item(
      int line,
      String postId,
      String title,
      String link,
      String guid,
      String creator,
      String content,
      String excerpt,
      String postDate,
      String postDateGmt,
      String status,
      String postType,
      String postParent,
      String attachmentUrl,
      List<Category> categories,
      Map<String, String> meta) {}

  /**
   * A category or tag of an item.
   *
   * @param domain {@code category} or {@code post_tag}
   */
  record Category(String domain, String nicename, String name) {}

  /**
   * @throws UnreadableText when the file is not well-formed XML, declares entities in a DOCTYPE or
   *     is not a WordPress export, naming the line
   */
  static WxrFile read(byte[] content, String name) {
    XMLStreamReader reader = SafeXml.open(content, name);
    Map<String, String> authors = new HashMap<>();
    List<Item> items = new ArrayList<>();
    boolean rss = false;
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          SafeXml.doctype(name, reader);
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = qualified(reader);
        if (element.equals("rss")) {
          rss = true;
        } else if (!rss) {
          throw new UnreadableText(
              name
                  + ": line "
                  + reader.getLocation().getLineNumber()
                  + ": <"
                  + element
                  + "> where a WordPress export starts with <rss>; is this a WXR file?");
        } else if (element.equals("wp:author")) {
          readAuthor(reader, authors);
        } else if (element.equals("item")) {
          items.add(readItem(reader));
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw SafeXml.refusal(name, e);
    }
    if (!rss) {
      throw new UnreadableText(name + ": empty; a WordPress export starts with <rss>");
    }
    return new WxrFile(authors, items);
  }

  private static void readAuthor(XMLStreamReader reader, Map<String, String> authors)
      throws XMLStreamException {
    String login = "";
    String display = "";
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = qualified(reader);
        String text = text(reader);
        if (element.equals("wp:author_login")) {
          login = text.strip();
        } else if (element.equals("wp:author_display_name")) {
          display = text.strip();
        }
      }
    }
    if (!login.isEmpty()) {
      authors.put(login, display.isEmpty() ? login : display);
    }
  }

  private static Item readItem(XMLStreamReader reader) throws XMLStreamException {
    int line = reader.getLocation().getLineNumber();
    Map<String, String> fields = new HashMap<>();
    Map<String, String> meta = new HashMap<>();
    List<Category> categories = new ArrayList<>();
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = qualified(reader);
      if (element.equals("category")) {
        String domain = attribute(reader, "domain");
        String nicename = attribute(reader, "nicename");
        categories.add(new Category(domain, nicename, text(reader).strip()));
      } else if (element.equals("wp:postmeta")) {
        readMeta(reader, meta);
      } else {
        // The first of each wins: wp:postmeta and wp:comment nest fields of their own.
        fields.putIfAbsent(element, text(reader));
      }
    }
    return new Item(
        line,
        field(fields, "wp:post_id"),
        field(fields, "title"),
        field(fields, "link"),
        field(fields, "guid"),
        field(fields, "dc:creator"),
        fields.getOrDefault("content:encoded", ""),
        field(fields, "excerpt:encoded"),
        field(fields, "wp:post_date"),
        field(fields, "wp:post_date_gmt"),
        field(fields, "wp:status"),
        field(fields, "wp:post_type"),
        field(fields, "wp:post_parent"),
        field(fields, "wp:attachment_url"),
        categories,
        Map.copyOf(meta));
  }

  private static void readMeta(XMLStreamReader reader, Map<String, String> meta)
      throws XMLStreamException {
    String key = "";
    String value = "";
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = qualified(reader);
        String text = text(reader);
        if (element.equals("wp:meta_key")) {
          key = text.strip();
        } else if (element.equals("wp:meta_value")) {
          value = text.strip();
        }
      }
    }
    if (!key.isEmpty()) {
      meta.putIfAbsent(key, value);
    }
  }

  private static String field(Map<String, String> fields, String name) {
    return fields.getOrDefault(name, "").strip();
  }

  private static String attribute(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  /** The text of the current element and of any element nested in it; ends on its end tag. */
  private static String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE ->
            text.append(reader.getText());
        default -> {}
      }
    }
    return text.toString();
  }

  private static String qualified(XMLStreamReader reader) {
    String prefix = reader.getPrefix();
    return prefix == null || prefix.isEmpty()
        ? reader.getLocalName()
        : prefix + ":" + reader.getLocalName();
  }
}
