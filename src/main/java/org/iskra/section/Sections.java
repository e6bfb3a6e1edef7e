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
   * Creates a section, or updates the name, description and position of the one with that slug.
   *
   * @throws InvalidSection when the slug is malformed or reserved for another page of the site
   */
  Section save(String slug, String name, String description, int position);
}
