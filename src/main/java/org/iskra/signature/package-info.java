/**
 * The signature scheme that inbound webhooks (payments in {@code campaign}, mail events in {@code
 * newsletter}) check: a timestamp and an HMAC-SHA256 of it and the body under a shared secret. Its
 * own package, depending on nothing, so that {@code webhook} can listen to those features' events
 * without a cycle. Publishes and listens to nothing.
 */
package org.iskra.signature;
