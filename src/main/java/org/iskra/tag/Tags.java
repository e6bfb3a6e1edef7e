package org.iskra.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The store of tags. Implementations are thread-safe; writes join the caller's transaction. */
public interface Tags {

  Optional<Tag> findBySlug(String slug);

  /** The tags with these ids, in no particular order; unknown ids are left out. */
  List<Tag> listByIds(Collection<Long> ids);

  /**
   * The tag with this name, created with a slug derived from the name if there is none yet.
   * Idempotent: the same name always gives the same tag.
   */
  Tag findOrCreateByName(String name);
}
