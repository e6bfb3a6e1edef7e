package org.iskra.article;

import java.util.Locale;

/** Where an article is in its life; only {@link #PUBLISHED} articles are shown to readers. */
public enum ArticleStatus {
  DRAFT,
  SCHEDULED,
  PUBLISHED,
  UNPUBLISHED;

  /** Whether readers see it now or will at its time: published and scheduled articles. */
  public boolean isPublic() {
    return this == PUBLISHED || this == SCHEDULED;
  }

  /** The value stored in the database and used in URLs and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with this code, in any letter case. */
  public static ArticleStatus fromCode(String code) {
    for (ArticleStatus status : values()) {
      if (status.code().equalsIgnoreCase(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "Unknown status '" + code + "'; use draft, scheduled, published or unpublished");
  }
}
