package gongkai.unit;

/** What kind of body an assessed unit is (rules.md, "Common structure": one level down, plus by reference). */
public enum UnitKind {
    /** A department of the assessing government. */
    DEPARTMENT,
    /** The government one level below (a county under a city, a town under a county). */
    LOWER_GOVERNMENT,
    /** A town or street office assessed by a county-level office. */
    TOWN_OFFICE,
    /** A public enterprise or service unit (education, health, water, power, ...) assessed by reference. */
    BY_REFERENCE
}
