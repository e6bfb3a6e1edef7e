package org.iskra.publication;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Draws public pages outside a request, as if answering one in a given edition: code that reads the
 * request's edition ({@link Editions#current()}, {@link PageFrames#words()}) or declares its page's
 * tags ({@link PageTags}) finds a request scope bound to the thread for the time of the drawing. It
 * holds only attributes; nothing reads a header or a cookie there.
 */
public final class DrawingScope {

  private DrawingScope() {}

  /** What {@code drawing} returns, drawn on this thread as a page of {@code edition}. */
  public static <T> T in(Edition edition, Supplier<T> drawing) {
    RequestAttributes before = RequestContextHolder.getRequestAttributes();
    Attributes scope = new Attributes();
    scope.setAttribute(Editions.REQUEST_ATTRIBUTE, edition, RequestAttributes.SCOPE_REQUEST);
    RequestContextHolder.setRequestAttributes(scope);
    try {
      return drawing.get();
    } finally {
      if (before == null) {
        RequestContextHolder.resetRequestAttributes();
      } else {
        RequestContextHolder.setRequestAttributes(before);
      }
    }
  }

  /** A request scope of attributes only, for one thread. */
  private static final class Attributes implements RequestAttributes {

    private final Map<String, Object> values = new HashMap<>();

    @Override
    public Object getAttribute(String name, int scope) {
      return scope == SCOPE_REQUEST ? values.get(name) : null;
    }

    @Override
    public void setAttribute(String name, Object value, int scope) {
      if (scope == SCOPE_REQUEST) {
        values.put(name, value);
      }
    }

    @Override
    public void removeAttribute(String name, int scope) {
      if (scope == SCOPE_REQUEST) {
        values.remove(name);
      }
    }

    @Override
    public String[] getAttributeNames(int scope) {
      return scope == SCOPE_REQUEST ? values.keySet().toArray(String[]::new) : new String[0];
    }

    @Override
    public void registerDestructionCallback(String name, Runnable callback, int scope) {
      // Nothing drawn here registers request-scoped beans; their callbacks would never run.
      throw new UnsupportedOperationException("No request-scoped beans while drawing " + name);
    }

    @Override
    public Object resolveReference(String key) {
      return null;
    }

    @Override
    public String getSessionId() {
      throw new UnsupportedOperationException("No session while drawing a public page");
    }

    @Override
    public Object getSessionMutex() {
      throw new UnsupportedOperationException("No session while drawing a public page");
    }
  }
}
