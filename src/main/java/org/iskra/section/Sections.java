package org.iskra.section;

import java.util.List;
import java.util.Optional;

/**
 * The store of sections. Implementations are thread-safe; writes happen in the caller's
 * transaction.
 */
public interface Sections {

  /** All sections in navigation order. */
  List<Section> listAll();

  Optional<Section> findBySlug(String slug);

  Optional<Section> findById(long id);

  /**
   * All sections in navigation order, named as the language edition names them: a section without a
   * name in that language keeps its own.
   */
  List<Section> listAll(String language);

  /**
   * The section at this address in a language edition: by its slug in that language, or else by its
   * own slug (then the section found carries its slug in that language, which may differ).
   */
  Optional<Section> findBySlug(String language, String slug);

  /** The section, named as the language edition names it. */
  Optional<Section> findById(long id, String language);

  /**
   * Names a section in a language edition, or renames it there.
   *
   * @throws InvalidSection when the section does not exist, the name is blank, or the slug is
   *     malformed, reserved, or another section's address in that edition
   */
  Section name(long sectionId, String language, String name, String slug, String description);

  /**
   * Creates a section, or updates the name, description and position of the one with that slug.
   *
   * @throws InvalidSection when the slug is malformed or reserved for another page of the site
   */
  Section save(String slug, String name, String description, int position);
}
