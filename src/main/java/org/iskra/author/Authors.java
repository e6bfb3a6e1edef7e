package org.iskra.author;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The store of authors. Implementations are thread-safe; writes join the caller's transaction. */
public interface Authors {

  Optional<Author> findBySlug(String slug);

  /** The authors with these ids, in no particular order; unknown ids are left out. */
  List<Author> listByIds(Collection<Long> ids);

  /**
   * The author with this name, created with a slug derived from the name if there is none yet.
   * Idempotent: the same name always gives the same author.
   */
  Author findOrCreateByName(String name);
}
