package gongkai.app.calendar;

import gongkai.calendar.CalendarDay;
import gongkai.calendar.DayReason;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One listed day of a tenant's calendar.
 *
 * @param date the day
 * @param weekday its day of the week, e.g. SATURDAY
 * @param reason OFFICIAL_HOLIDAY, ADJUSTED_WORKING_DAY (调休), LOCAL_HOLIDAY or LOCAL_WORKING_DAY
 * @param local whether the tenant's office set it (and may remove it)
 * @param workingDay whether it is worked
 * @param name the holiday's name, e.g. 春节
 */
public record DayView(LocalDate date, DayOfWeek weekday, DayReason reason, boolean local, boolean workingDay,
                      String name) {

    static DayView of(CalendarDay day) {
        boolean local = day.reason() == DayReason.LOCAL_HOLIDAY || day.reason() == DayReason.LOCAL_WORKING_DAY;
        return new DayView(day.date(), day.date().getDayOfWeek(), day.reason(), local, day.workingDay(), day.name());
    }
}
