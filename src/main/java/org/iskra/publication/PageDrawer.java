package org.iskra.publication;

import java.util.List;

/**
 * Draws one kind of public page in bulk, from data read once, without a request: article pages,
 * listings, feeds. The static copy is drawn this way; what a drawer gives for an address is byte
 * for byte what the site answers a reader there.
 */
public interface PageDrawer {

  /**
   * Every page of this kind, in every edition, as independent jobs: run them in any order, on any
   * threads; each binds its edition itself ({@link DrawingScope}).
   */
  List<Runnable> drawing(PageSink sink);
}
