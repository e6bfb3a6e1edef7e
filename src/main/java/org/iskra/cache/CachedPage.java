package org.iskra.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A stored page: its body gzipped once, the headers it was answered with, its tags and the hash its
 * ETags come from. Immutable. Everything a hit writes is computed here once, not per request.
 *
 * @param identity the body unzipped, kept only once a client that takes no gzip asked for it (see
 *     {@link PageCache#keep}); null until then
 * @param brotli the body in brotli, made and kept once a client that takes brotli asked for it;
 *     null until then
 * @param headers name and value pairs, in order, without the ones the cache sets itself
 */
record CachedPage(
    byte[] gzipped,
    byte[] identity,
    byte[] brotli,
    int length,
    List<Header> headers,
    String hash,
    Set<String> tags,
    Instant storedAt,
    String gzipEtag,
    String identityEtag,
    String brotliEtag,
    String surrogateKey,
    String cacheTag,
    HitHeaders wire) {

  record Header(String name, String value) {}

  static CachedPage of(byte[] body, List<Header> headers, Set<String> tags, Instant now) {
    String hash = hash(body);
    String gzipEtag = "\"" + hash + "-gzip\"";
    String identityEtag = "\"" + hash + "\"";
    String brotliEtag = "\"" + hash + "-br\"";
    String surrogateKey = String.join(" ", tags);
    String cacheTag = String.join(",", tags);
    return new CachedPage(
        gzip(body),
        null,
        null,
        body.length,
        List.copyOf(headers),
        hash,
        tags,
        now,
        gzipEtag,
        identityEtag,
        brotliEtag,
        surrogateKey,
        cacheTag,
        HitHeaders.of(headers, surrogateKey, cacheTag, gzipEtag, identityEtag, brotliEtag));
  }

  /** The strong ETag of the body in the given coding. */
  String etag(Coding coding) {
    return switch (coding) {
      case BROTLI -> brotliEtag;
      case GZIP -> gzipEtag;
      case IDENTITY -> identityEtag;
    };
  }

  /** Whether the body in this coding is at hand, not to be made first. */
  boolean has(Coding coding) {
    return switch (coding) {
      case BROTLI -> brotli != null;
      case GZIP -> true;
      case IDENTITY -> identity != null;
    };
  }

  /** The same page with its body in this coding kept as well. */
  CachedPage keeping(Coding coding) {
    if (has(coding)) {
      return this;
    }
    byte[] unzipped = identity != null ? identity : unzipped();
    return new CachedPage(
        gzipped,
        coding == Coding.IDENTITY ? unzipped : identity,
        coding == Coding.BROTLI ? Coding.brotli(unzipped) : brotli,
        length,
        headers,
        hash,
        tags,
        storedAt,
        gzipEtag,
        identityEtag,
        brotliEtag,
        surrogateKey,
        cacheTag,
        wire);
  }

  /** The body in this coding: kept, or made for this once. */
  byte[] body(Coding coding) {
    return switch (coding) {
      case BROTLI -> brotli != null ? brotli : Coding.brotli(body(Coding.IDENTITY));
      case GZIP -> gzipped;
      case IDENTITY -> identity != null ? identity : unzipped();
    };
  }

  private byte[] unzipped() {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Roughly what the page costs in memory, for the cache's bound. */
  int weight() {
    int size = 256 + gzipped.length;
    size += (identity == null ? 0 : identity.length) + (brotli == null ? 0 : brotli.length);
    size += 2 * (gzipEtag.length() + identityEtag.length() + brotliEtag.length());
    size += 4 * surrogateKey.length(); // the two joined tag lists
    size += wire.weight();
    for (Header header : headers) {
      size += 48 + 2 * (header.name().length() + header.value().length());
    }
    for (String tag : tags) {
      size += 48 + 2 * tag.length();
    }
    return size;
  }

  static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  // The best compression: a page is compressed once and then served many times.
  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
    try (GZIPOutputStream zip =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
