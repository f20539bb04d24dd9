package gongkai.survey;

/** A DRAFT version changes; a PUBLISHED one is frozen, and only published versions start campaigns. */
public enum QuestionnaireState {
    DRAFT,
    PUBLISHED
}
