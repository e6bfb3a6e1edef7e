/**
 * The picture desk: image uploads checked by content, stripped of metadata and re-encoded in
 * several widths; the media library the desk browses and articles draw from; the public {@code
 * /media/…} files. Owns the {@code media} table and the files under {@code iskra.media.directory}.
 * Publishes {@link org.iskra.media.MediaUploaded} and {@link org.iskra.media.MediaDeleted}; listens
 * to nothing.
 */
package org.iskra.media;
