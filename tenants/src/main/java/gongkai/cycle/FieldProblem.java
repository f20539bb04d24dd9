package gongkai.cycle;

import gongkai.error.DomainException;

/** One problem with an input, naming the field as the client sent it (e.g. {@code scores.organisation}). */
public record FieldProblem(String field, String message) {

  /** The 400 this problem answers alone. */
  public DomainException toException() {
    return DomainException.invalid(field, message);
  }
}
