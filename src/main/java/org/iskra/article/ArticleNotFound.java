package org.iskra.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No article has this id (or it was deleted while someone looked at it). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFound extends RuntimeException {

  public ArticleNotFound(long id) {
    super("No article with id " + id);
  }
}
