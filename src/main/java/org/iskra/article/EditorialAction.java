package org.iskra.article;

import java.util.Locale;

/** What a save from the desk asks for besides storing the text. */
public enum EditorialAction {
  /** Store the changes; the article stays in its state (a published article stays live). */
  SAVE,
  /** Make it visible to readers now (or at a past date, to backdate it). */
  PUBLISH,
  /** Publish it at a future time. */
  SCHEDULE,
  /** Take it off the site (or the schedule) and keep it. */
  UNPUBLISH;

  /** The action named in a form; anything unknown is a plain save. */
  public static EditorialAction fromForm(String value) {
    if (value == null) {
      return SAVE;
    }
    for (EditorialAction action : values()) {
      if (action.name().equalsIgnoreCase(value.strip())) {
        return action;
      }
    }
    return SAVE;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
