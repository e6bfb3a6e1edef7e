package org.iskra.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An event as the desk or the demo gives it: local start and end in the event's zone.
 *
 * @param articleIds linked articles; may be empty
 */
public record EventDraft(
    String title,
    String description,
    LocalDateTime start,
    LocalDateTime end,
    ZoneId zone,
    String venue,
    String onlineUrl,
    String organiser,
    List<Long> articleIds) {}
