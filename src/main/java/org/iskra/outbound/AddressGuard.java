package org.iskra.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps requests to addresses that users give (webhooks, partner feeds) from reaching the server's
 * own network (SSRF): only http(s) URLs, and every address the host resolves to must be public —
 * not loopback, link-local, private (site-local, unique-local {@code fc00::/7}, carrier-grade NAT),
 * unspecified or multicast, IPv4-mapped IPv6 addresses judged by their IPv4 address. Callers check
 * when the URL is stored and again before each request (and each redirect), since DNS answers
 * change. Thread-safe.
 *
 * <p>Known limit: the address is checked when resolved, then the HTTP client resolves it again, so
 * a DNS answer that changes within that instant (rebinding) is not caught.
 */
public final class AddressGuard {

  private final boolean allowPrivate;
  private final String setting;

  /**
   * @param allowPrivate accept loopback, link-local and private addresses too (an administrator's
   *     choice for an internal network; never the default)
   * @param setting the property that allows them, named in refusals
   */
  public AddressGuard(boolean allowPrivate, String setting) {
    this.allowPrivate = allowPrivate;
    this.setting = setting;
  }

  /**
   * The URL, checked.
   *
   * @throws RefusedAddress when the URL or an address of its host is not acceptable; the message
   *     starts with {@code url:} and says why
   */
  public URI check(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new RefusedAddress("url: not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new RefusedAddress("url: only http and https URLs, not '" + scheme + "'");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new RefusedAddress("url: a host name without user or password is required");
    }
    if (allowPrivate) {
      return uri;
    }
    List<InetAddress> addresses;
    try {
      addresses = List.of(InetAddress.getAllByName(uri.getHost()));
    } catch (UnknownHostException e) {
      throw new RefusedAddress("url: the host " + uri.getHost() + " does not resolve");
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        throw new RefusedAddress(
            "url: "
                + uri.getHost()
                + " resolves to "
                + address.getHostAddress()
                + ", a loopback, link-local or private address; an administrator can allow those"
                + " with "
                + setting);
      }
    }
    return uri;
  }

  /** Whether the address is one this guard refuses unless private addresses are allowed. */
  public static boolean isPrivate(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] bytes = v6.getAddress();
      if (isMappedIpv4(bytes)) {
        try {
          return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
          return true;
        }
      }
      // fc00::/7 unique local; 2001:db8::/32 documentation; 64:ff9b::/96 NAT64 could hide any v4.
      if ((bytes[0] & 0xfe) == 0xfc
          || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == (byte) 0xb8)
          || (bytes[0] == 0
              && bytes[1] == 0x64
              && bytes[2] == (byte) 0xff
              && bytes[3] == (byte) 0x9b)) {
        return true;
      }
    }
    if (address instanceof Inet4Address v4) {
      byte[] b = v4.getAddress();
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0 // "this network", 0.0.0.0 included
          || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          || first >= 240) { // reserved and broadcast
        return true;
      }
    }
    return address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress();
  }

  private static boolean isMappedIpv4(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
