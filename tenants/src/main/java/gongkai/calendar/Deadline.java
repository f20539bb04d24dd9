package gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A deadline "within N working days": the due date and the instant it ends in the tenant's time zone.
 *
 * @param dueDate the last working day allowed
 * @param end the end of {@code dueDate} (24:00, i.e. the start of the next day) in the tenant's zone; a thing done
 *     strictly before {@code end} is on time
 */
public record Deadline(LocalDate dueDate, ZonedDateTime end) {

  public Deadline {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(end, "end");
  }

  /** Whether something done at {@code instant} meets the deadline. */
  public boolean isMetAt(Instant instant) {
    return instant.isBefore(end.toInstant());
  }
}
