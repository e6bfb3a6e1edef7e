package org.iskra.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.http.HttpHeaders;

/**
 * A stored page's headers already in the bytes Tomcat sends (ISO-8859-1, as Tomcat itself encodes
 * header values), for {@link PageCacheValve}. Encoding header strings for every answer was a third
 * of the processor time of a hit (a security policy and two tag lists make long headers); handing
 * Tomcat bytes skips its encoder entirely.
 */
record HitHeaders(List<Encoded> common, byte[] gzipEtag, byte[] identityEtag, byte[] brotliEtag) {

  record Encoded(byte[] name, byte[] value) {
    Encoded(String name, byte[] value) {
      this(bytes(name), value);
    }
  }

  private static final byte[] VARY = bytes(HttpHeaders.ACCEPT_ENCODING);
  private static final byte[] ETAG = bytes(HttpHeaders.ETAG);
  private static final byte[] X_CACHE = bytes("X-Cache");
  private static final byte[] CONTENT_ENCODING = bytes(HttpHeaders.CONTENT_ENCODING);
  private static final byte[] BR = bytes("br");
  private static final byte[] GZIP = bytes("gzip");
  private static final byte[] HIT = bytes("HIT");

  static HitHeaders of(
      List<CachedPage.Header> headers,
      String surrogateKey,
      String cacheTag,
      String gzipEtag,
      String identityEtag,
      String brotliEtag) {
    List<Encoded> common = new ArrayList<>(headers.size() + 3);
    for (CachedPage.Header header : headers) {
      common.add(new Encoded(header.name(), bytes(header.value())));
    }
    common.add(new Encoded(HttpHeaders.VARY, VARY));
    common.add(new Encoded("Surrogate-Key", bytes(surrogateKey)));
    common.add(new Encoded("Cache-Tag", bytes(cacheTag)));
    return new HitHeaders(
        List.copyOf(common), bytes(gzipEtag), bytes(identityEtag), bytes(brotliEtag));
  }

  /**
   * Adds the headers of the answer but its coding and length (which only a {@code 200} has; see
   * {@link #addCoding}).
   */
  void addTo(Response response, Coding coding, byte[] outcome) {
    MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
    for (Encoded header : common) {
      add(headers, header.name(), header.value());
    }
    add(
        headers,
        ETAG,
        switch (coding) {
          case BROTLI -> brotliEtag;
          case GZIP -> gzipEtag;
          case IDENTITY -> identityEtag;
        });
    add(headers, X_CACHE, outcome);
  }

  /** Adds the {@code Content-Encoding} of a body in this coding, if it has one. */
  static void addCoding(Response response, Coding coding) {
    byte[] token =
        switch (coding) {
          case BROTLI -> BR;
          case GZIP -> GZIP;
          case IDENTITY -> null;
        };
    if (token != null) {
      add(response.getCoyoteResponse().getMimeHeaders(), CONTENT_ENCODING, token);
    }
  }

  int weight() {
    int size = 64 + gzipEtag.length + identityEtag.length + brotliEtag.length;
    for (Encoded header : common) {
      size += 48 + header.name().length + header.value().length;
    }
    return size;
  }

  /** An {@code X-Cache} value: HIT without a copy each time, the rare others as they come. */
  static byte[] outcome(String outcome) {
    return "HIT".equals(outcome) ? HIT : bytes(outcome);
  }

  static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void add(MimeHeaders headers, byte[] name, byte[] value) {
    MessageBytes target = headers.addValue(name, 0, name.length);
    target.setBytes(value, 0, value.length);
  }
}
