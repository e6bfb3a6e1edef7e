package org.iskra.site;

import gg.jte.Content;
import java.util.List;

/**
 * Blocks other features put at the top of the front page's first page (an appeal's progress).
 * Implemented by those features, so that {@code site} depends on none of them.
 */
public interface FrontPageBlocks {

  /** The blocks to show now, already drawn; empty for none. */
  List<Content> blocks();
}
