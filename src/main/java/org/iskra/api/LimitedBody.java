package org.iskra.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body may not exceed a limit while it is read: for bodies sent without a {@code
 * Content-Length} (chunked), which the filter cannot refuse up front. Reading past the limit throws
 * {@link TooLarge}, which {@link ApiErrors} answers with 413.
 */
final class LimitedBody extends HttpServletRequestWrapper {

  /** The body went past the limit. */
  static final class TooLarge extends IOException {
    final long limit;

    TooLarge(long limit) {
      super("The body is larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private final long limit;
  private ServletInputStream stream;

  LimitedBody(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      ServletInputStream in = super.getInputStream();
      stream =
          new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
              int b = in.read();
              if (b >= 0) {
                count(1);
              }
              return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
              int n = in.read(buffer, offset, length);
              if (n > 0) {
                count(n);
              }
              return n;
            }

            private void count(int n) throws TooLarge {
              read += n;
              if (read > limit) {
                throw new TooLarge(limit);
              }
            }

            @Override
            public boolean isFinished() {
              return in.isFinished();
            }

            @Override
            public boolean isReady() {
              return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
              in.setReadListener(listener);
            }
          };
    }
    return stream;
  }
}
