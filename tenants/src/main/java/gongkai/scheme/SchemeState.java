package gongkai.scheme;

/** A scheme version's life: edited as a draft, approved by the office, frozen once a cycle uses it (issue 3). */
public enum SchemeState {
    /** Work in progress: saved even with problems, changed only by the office, read by the office and assessors. */
    DRAFT,
    /** Valid and approved: frozen, read by every role of the tenant. */
    APPROVED,
    /** Used by an assessment cycle: frozen for good; changes need a new version. */
    IN_USE
}
