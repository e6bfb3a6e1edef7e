package org.iskra.publication;

/**
 * Receives public pages drawn in-process, without a request (the static copy draws pages in bulk
 * this way). Called from several threads at once: implementations are thread-safe.
 */
@FunctionalInterface
public interface PageSink {

  /** The {@code Content-Type} the site sends with an HTML page drawn from a JTE template. */
  String HTML = "text/html;charset=UTF-8";

  /**
   * One page, exactly as the site answers its address.
   *
   * @param address the path and query a reader would ask for ({@code /americas?page=2}), with the
   *     edition's prefix
   * @param contentType the {@code Content-Type} the site answers it with
   * @param body the page's text
   */
  void page(String address, String contentType, String body);
}
