package org.iskra.syndication;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain UTF-8 text split into paragraphs at blank lines. Refuses what is not plain text: empty
 * files, binary content and bytes that are not UTF-8, naming the line at fault. Stateless.
 */
public final class PlainText {

  private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h]*(\\R[\\h]*)+");

  // Edges include no-break spaces, which String.strip() keeps.
  private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

  private PlainText() {}

  /**
   * The paragraphs of the text, each stripped, in file order.
   *
   * @param name how to call the text in error messages (usually its file name)
   * @throws UnreadableText when the content is empty, binary or not UTF-8
   */
  public static List<String> paragraphs(byte[] content, String name) {
    String text = decode(content, name);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    checkPlain(text, name);
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : BLANK_LINES.split(text)) {
      String clean = EDGES.matcher(paragraph).replaceAll("").replaceAll("\\s*\\R\\s*", " ");
      if (!clean.isEmpty()) {
        paragraphs.add(clean);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new UnreadableText(name + ": the file is empty; there is nothing to import");
    }
    return paragraphs;
  }

  private static String decode(byte[] content, String name) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UnreadableText(
          name
              + ": line "
              + lineAt(content, in.position())
              + " is not valid UTF-8 (byte "
              + (in.position() + 1)
              + "); save the file as UTF-8 and try again");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static void checkPlain(String text, String name) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.isISOControl(c) && c != '\r' && c != '\t') {
        throw new UnreadableText(
            name
                + ": line "
                + line
                + " contains a control character (U+"
                + String.format("%04X", (int) c)
                + "); this looks like a binary file, not plain text");
      }
    }
  }

  private static int lineAt(byte[] content, int position) {
    int line = 1;
    for (int i = 0; i < position && i < content.length; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
