package gongkai.tenancy;

/** What a user may do within their tenant; {@link #PLATFORM_ADMIN} acts across tenants. */
public enum Role {
    PLATFORM_ADMIN,
    /** The jurisdiction's openness office: configures rules, units and users, runs cycles. */
    TENANT_ADMIN,
    /** A member of the assessment group or of a third-party evaluator. */
    ASSESSOR,
    /** The contact person of one assessed unit. */
    UNIT_LIAISON,
    /** A member of a representative panel (NPC deputy, CPPCC member, media, expert, citizen). */
    PANEL_MEMBER
}
