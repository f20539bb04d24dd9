package gongkai.app.calendar;

import java.util.List;

/**
 * The listed days of one year of a tenant's calendar.
 *
 * @param year the year
 * @param covered whether the year has an official list (built in or imported); without one, working days in it
 *     cannot be computed
 * @param days its official and local days, in date order
 */
public record YearView(int year, boolean covered, List<DayView> days) {
}
