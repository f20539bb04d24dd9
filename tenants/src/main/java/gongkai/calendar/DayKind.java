package gongkai.calendar;

/** What a listed day is, in the official list, in an imported list and in a tenant's own overrides. */
public enum DayKind {
  /** A day off (放假), whatever day of the week it falls on. */
  HOLIDAY,
  /** A working day, in the official list an adjusted working day (调休上班): a Saturday or Sunday that is worked. */
  WORKDAY
}
