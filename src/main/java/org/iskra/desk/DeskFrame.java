package org.iskra.desk;

import java.util.List;
import java.util.Set;
import org.iskra.publication.Publication;

/**
 * Everything around a desk page's own content: the publication, who is signed in, the CSRF token
 * every form must carry, and the navigation their role allows. Added to the model of every {@code
 * /desk} page as {@code desk}.
 *
 * @param roles the signed-in account's roles, upper case without prefix ({@code EDITOR})
 */
public record DeskFrame(
    Publication publication,
    String email,
    Set<String> roles,
    String csrfParameter,
    String csrfToken,
    String csrfHeader,
    List<Link> navigation,
    String currentPath) {

  /** An entry of the desk's navigation. */
  public record Link(String label, String path) {}

  public boolean isAdmin() {
    return roles.contains("ADMIN");
  }

  /** Whether the link is the current page or a page under it (an article under the list). */
  public boolean isActive(Link link) {
    return link.path().equals("/desk")
        ? currentPath.equals("/desk")
        : currentPath.equals(link.path()) || currentPath.startsWith(link.path() + "/");
  }
}
