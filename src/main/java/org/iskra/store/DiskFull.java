package org.iskra.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;

/**
 * Whether a write failed for want of space: the operating system's "No space left on device"
 * (ENOSPC) or "Disk quota exceeded" (EDQUOT), which Java reports as an {@link IOException} (a
 * write) or a {@link FileSystemException} (creating a file or folder) with that reason; and the
 * database's own word for it. Every feature that writes files says a full disk plainly, since the
 * operator's next step is to free space, not to read a stack trace.
 */
public final class DiskFull {

  private DiskFull() {}

  /**
   * Whether {@code failure}, or one of its causes, is a full disk: a file's, or the database's
   * (SQLite's {@code SQLITE_FULL}, PostgreSQL's {@code disk_full}, SQLSTATE 53100).
   */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && ("53100".equals(sql.getSQLState())
              || String.valueOf(sql.getMessage()).contains("SQLITE_FULL"))) {
        return true;
      }
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
