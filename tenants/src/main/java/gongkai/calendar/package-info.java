/**
 * Working days (工作日) per tenant: weekends, China's official public holidays and adjusted working days (调休),
 * and the tenant's own local holidays and extra working days.
 *
 * <p>The core is pure: immutable values and functions, no database, no HTTP, no {@code jakarta.*}. Entry point:
 * {@link gongkai.calendar.WorkingDayCalendar}. Official data: {@link gongkai.calendar.OfficialDays} (built in for
 * 2020 to 2026, from the State Council's notices). Every bad argument is a
 * {@link gongkai.calendar.CalendarArgumentException} naming the parameter, for a 400 problem+json answer.
 *
 * <p>The tenant's side lives beside it: {@link gongkai.calendar.TenantCalendars} (the service) builds the acting
 * tenant's calendar from its stored local days ({@link gongkai.calendar.LocalDay}) and imported years
 * ({@link gongkai.calendar.ImportedYear}); only these three classes touch {@code jakarta.*}.
 */
package gongkai.calendar;
