package org.iskra.account;

import java.util.Locale;

/** What a desk account may do, as a newsroom divides the work. */
public enum Role {
  /** Users and settings, and everything an editor does. */
  ADMIN,
  /** Publishes and edits everything. */
  EDITOR,
  /** Writes and publishes their own articles. */
  AUTHOR,
  /** Writes drafts; cannot publish. */
  CONTRIBUTOR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this code; {@code administrator} is accepted for {@link #ADMIN}. */
  public static Role fromCode(String code) {
    String clean = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    if (clean.equals("administrator")) {
      return ADMIN;
    }
    for (Role role : values()) {
      if (role.code().equals(clean)) {
        return role;
      }
    }
    throw new InvalidAccount(
        "Unknown role '" + code + "'; use admin, editor, author or contributor");
  }
}
