package org.iskra.store;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * Whether a write failed for want of space: the operating system's "No space left on device"
 * (ENOSPC) or "Disk quota exceeded" (EDQUOT), which Java reports as an {@link IOException} (a
 * write) or a {@link FileSystemException} (creating a file or folder) with that reason. Every
 * feature that writes files says a full disk plainly, since the operator's next step is to free
 * space, not to read a stack trace.
 */
public final class DiskFull {

  private DiskFull() {}

  /** Whether {@code failure}, or one of its causes, is a full disk. */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String reason =
          t instanceof FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : t instanceof IOException ? t.getMessage() : null;
      if (reason != null
          && (reason.contains("No space left on device")
              || reason.contains("Disk quota exceeded"))) {
        return true;
      }
    }
    return false;
  }
}
