package org.iskra.api;

/** A parameter or field the API cannot take: a 400 problem naming the field. */
class InvalidInput extends RuntimeException {

  private final String field;

  InvalidInput(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
