package gongkai.app.calendar;

/** {@code {"workingDays": 5}}: the working days between two dates, both included. */
public record WorkingDayCount(int workingDays) {
}
