package org.iskra.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Function;
import org.jdom2.CDATA;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Rome's XML for a feed, written as Rome writes it, except that the articles' HTML goes out as
 * CDATA sections rather than as escaped text. Both say the same to any XML reader; escaping every
 * tag of every body was the largest single cost of writing a feed (docs/benchmarks.md, "Feeds in
 * CDATA"), and makes the file larger.
 */
final class FeedXml {

  private static final String CDATA_END = "]]>";

  private FeedXml() {}

  /**
   * The feed as XML.
   *
   * @param htmlPayloads the elements of the document that carry an article's HTML
   */
  static String write(WireFeed feed, Function<Element, Iterable<Element>> htmlPayloads)
      throws FeedException {
    Document document = new WireFeedOutput().outputJDom(feed);
    for (Element payload : htmlPayloads.apply(document.getRootElement())) {
      String html = payload.getText();
      // A body holding "]]>" (in a code sample, say) cannot be one CDATA section: it stays text.
      if (!html.isEmpty() && !html.contains(CDATA_END)) {
        payload.setContent(new CDATA(html));
      }
    }
    // What Rome's WireFeedOutput.outputString does with the document it built, into a builder:
    // outputString's StringWriter locks its StringBuffer at every one of jdom's many small writes
    // (about 5 % of a static copy's drawing time, docs/benchmarks.md).
    StringBuilderWriter out = new StringBuilderWriter();
    try {
      new XMLOutputter(Format.getPrettyFormat()).output(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.text.toString();
  }

  /**
   * A {@link Writer} into a {@link StringBuilder}, without {@link java.io.StringWriter}'s locks.
   */
  private static final class StringBuilderWriter extends Writer {
    final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
      text.append(chars);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
