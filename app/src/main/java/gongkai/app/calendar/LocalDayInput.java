package gongkai.app.calendar;

import gongkai.calendar.DayKind;
import gongkai.calendar.SpecialDay;
import gongkai.error.Check;

/**
 * A local day as the office sends it: {@code {"kind": "HOLIDAY", "name": "县庆"}}; the date is in the path.
 *
 * @param kind HOLIDAY (a local day off) or WORKDAY (a local working day)
 * @param name what it is for
 */
public record LocalDayInput(DayKind kind, String name) {

    public LocalDayInput {
        Check.present("kind", kind);
        name = Check.required("name", name, SpecialDay.MAX_NAME_LENGTH);
    }
}
