package gongkai.tenancy;

/** Where a jurisdiction sits in China's administrative hierarchy. */
public enum Level {
    /** The platform itself: holds the platform administrators, assesses nobody. */
    PLATFORM,
    PROVINCE,
    CITY,
    /** A county, county-level city or city district. */
    COUNTY,
    /** A town, township or street office. */
    TOWN
}
