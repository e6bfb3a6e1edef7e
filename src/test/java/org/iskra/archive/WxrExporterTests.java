package org.iskra.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/** CDATA that holds its own terminator, and characters XML cannot carry. */
class WxrExporterTests {

  @Test
  void textWithCdataTerminatorsComesBackWhole() throws Exception {
    for (String text :
        new String[] {
          "]]>", "a]]>b", "]]>]]>", "x]]]>y", "]]", "<p>&amp;</p>", "Ленин ]]> 列宁", ""
        }) {
      assertThat(roundTrip(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void charactersXmlCannotCarryAreDroppedAndTheRestKept() throws Exception {
    assertThat(WxrElements.plain("a\u0000b\u0007c\td\n😀\uFFFE")).isEqualTo("abc\td\n😀");
    assertThat(roundTrip("bell\u0007]]>end")).isEqualTo("bell]]>end");
  }

  private static String roundTrip(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("t");
    WxrElements.writeCdata(xml, text);
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toByteArray()))
        .getDocumentElement()
        .getTextContent();
  }
}
