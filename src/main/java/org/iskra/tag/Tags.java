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
   * The tag at this address in a language edition: by its slug in that language, or else by its own
   * slug (then the tag found carries its slug in that language, which may differ).
   */
  Optional<Tag> findBySlug(String language, String slug);

  /** The tag, named as the language edition names it. */
  Optional<Tag> findById(long id, String language);

  /** The tags with these ids, named as the language edition names them; in no particular order. */
  List<Tag> listByIds(Collection<Long> ids, String language);

  /**
   * Names a tag in a language edition, or renames it there.
   *
   * @throws IllegalArgumentException when the tag does not exist, the name is blank, or the slug is
   *     malformed or another tag's address in that edition
   */
  Tag name(long tagId, String language, String name, String slug);

  /**
   * The tag with this name, created with a slug derived from the name if there is none yet.
   * Idempotent: the same name always gives the same tag.
   */
  Tag findOrCreateByName(String name);
}
