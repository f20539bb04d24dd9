package gongkai.app.calendar;

import java.time.LocalDate;

/** {@code {"date": "2025-02-21"}}: the N-th working day after a date. */
public record WorkingDate(LocalDate date) {
}
