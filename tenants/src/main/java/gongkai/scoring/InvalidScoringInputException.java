package gongkai.scoring;

/**
 * The input does not fit the scheme: an unknown code, a score out of range, a deduction outside its rule's range,
 * an input the scheme has no place for, or a missing required score. {@link #field()} names the offending input,
 * e.g. {@code input.deductions[0].points}, for a 400 problem+json.
 */
public final class InvalidScoringInputException extends RuntimeException {

  private final String field;
  private final String detail;

  public InvalidScoringInputException(String field, String detail) {
    super(field + ": " + detail);
    this.field = field;
    this.detail = detail;
  }

  /** The path of the offending input, starting with {@code input}. */
  public String field() {
    return field;
  }

  /** The message without the path. */
  public String detail() {
    return detail;
  }
}
