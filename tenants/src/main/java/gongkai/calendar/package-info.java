/**
 * Working days (工作日) per tenant: weekends, China's official public holidays and adjusted working days (调休),
 * and the tenant's own local holidays and extra working days. A pure core: immutable values and functions, no
 * database, no HTTP, no {@code jakarta.*}.
 *
 * <p>Entry point: {@link gongkai.calendar.WorkingDayCalendar}. Official data: {@link gongkai.calendar.OfficialDays}
 * (built in for 2020 to 2026, from the State Council's notices). Every bad argument is a
 * {@link gongkai.calendar.CalendarArgumentException} naming the parameter, for a 400 problem+json answer.
 */
package gongkai.calendar;
