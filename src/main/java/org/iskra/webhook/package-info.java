/**
 * Inbound webhooks' shared signature scheme: HMAC-SHA256 over {@code timestamp + "." + body},
 * checked in constant time, with stale timestamps refused. The features own their endpoints ({@code
 * campaign} for payments, {@code newsletter} for mail events).
 */
package org.iskra.webhook;
