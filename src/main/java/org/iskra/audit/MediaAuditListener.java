package org.iskra.audit;

import org.iskra.media.MediaDeleted;
import org.iskra.media.MediaDescribed;
import org.iskra.media.MediaUploaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records uploads, descriptions and deletions of images. Uploads and deletions are recorded inside
 * the library's transaction, so one that rolls back leaves no entry.
 */
@Component
class MediaAuditListener {

  private final AuditLog log;

  MediaAuditListener(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void uploaded(MediaUploaded event) {
    log.record(
        "media.uploaded",
        event.actor(),
        subject(event.originalName(), event.key()),
        event.width() + "×" + event.height() + " " + event.contentType(),
        event.clientAddress());
  }

  @EventListener
  void described(MediaDescribed event) {
    log.record(
        "media.described", event.actor(), subject(event.originalName(), event.key()), "", "");
  }

  @EventListener
  void deleted(MediaDeleted event) {
    log.record(
        "media.deleted",
        event.actor(),
        subject(event.originalName(), event.key()),
        "",
        event.clientAddress());
  }

  private static String subject(String name, String key) {
    return name.isEmpty() ? "image " + key : name + " (" + key + ")";
  }
}
