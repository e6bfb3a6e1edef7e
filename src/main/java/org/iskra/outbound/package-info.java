/**
 * Requests the server makes to addresses that people type in (webhook endpoints, partner feeds):
 * {@link org.iskra.outbound.AddressGuard} refuses anything but http(s) to public addresses, so that
 * no one can make the server reach its own network (SSRF), and {@link
 * org.iskra.outbound.OutboundClient} is the HTTP client they go through (no redirects followed,
 * built at its first request). Depends on nothing; publishes and listens to no events.
 */
package org.iskra.outbound;
