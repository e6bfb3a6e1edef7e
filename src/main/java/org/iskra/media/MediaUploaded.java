package org.iskra.media;

/**
 * An image was added to the library. Published inside the transaction that stored it.
 *
 * @param actor the uploader's e-mail address
 * @param clientAddress the uploader's IP address, or empty when not known
 */
public record MediaUploaded(
    String key,
    String originalName,
    String contentType,
    int width,
    int height,
    String actor,
    String clientAddress) {}
