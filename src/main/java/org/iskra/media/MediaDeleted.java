package org.iskra.media;

/**
 * An image was removed from the library; its files go after the transaction commits. Articles that
 * still show it should stop doing so.
 *
 * @param actor the e-mail address of who deleted it
 * @param clientAddress their IP address, or empty when not known
 */
public record MediaDeleted(String key, String originalName, String actor, String clientAddress) {}
