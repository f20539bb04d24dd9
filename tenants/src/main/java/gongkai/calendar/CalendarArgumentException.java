package gongkai.calendar;

import java.util.Objects;

/**
 * A bad argument to the working-day calendar: a missing or malformed date, a number of working days out of range,
 * an end date before the start date, a date in a year without holiday data, or a malformed line of an imported
 * holiday list.
 *
 * <p>{@link #parameter()} names what was wrong the way a client sent it ({@code from}, {@code add}, {@code to},
 * {@code line 3}), so that the REST layer can answer 400 problem+json with an error for that field;
 * {@link #getMessage()} is a full sentence that starts with that name.
 */
public class CalendarArgumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public CalendarArgumentException(String parameter, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  /** The parameter (or {@code line N} of an imported list) the error is about. */
  public String parameter() {
    return parameter;
  }
}
