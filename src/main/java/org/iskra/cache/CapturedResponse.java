package org.iskra.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds a page's body while it is drawn, so that it can be stored before it is sent. When a stored
 * copy could stand in for the page, errors are held too ({@link #forwardError}): a failing page
 * then never reaches the reader, the stored copy does.
 */
class CapturedResponse extends ContentCachingResponseWrapper {

  private final boolean holdErrors;
  private Integer errorStatus;
  private String errorMessage;

  CapturedResponse(HttpServletResponse response, boolean holdErrors) {
    super(response);
    this.holdErrors = holdErrors;
  }

  @Override
  public void sendError(int status) throws IOException {
    sendError(status, null);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    if (!holdErrors) {
      if (message == null) {
        super.sendError(status);
      } else {
        super.sendError(status, message);
      }
      return;
    }
    errorStatus = status;
    errorMessage = message;
    setStatus(status);
  }

  /** Sends a held error on to the container's error page; false when none was held. */
  boolean forwardError() throws IOException {
    if (errorStatus == null) {
      return false;
    }
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (errorMessage == null) {
      response.sendError(errorStatus);
    } else {
      response.sendError(errorStatus, errorMessage);
    }
    return true;
  }
}
