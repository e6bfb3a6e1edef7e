package org.iskra.geo;

/** A country or territory by its ISO 3166-1 alpha-2 code, with the region it is grouped under. */
public record Country(String code, String name, String region) {

  /** The country page's address; codes are shown in lower case in URLs. */
  public String path() {
    return "/country/" + code.toLowerCase(java.util.Locale.ROOT);
  }
}
