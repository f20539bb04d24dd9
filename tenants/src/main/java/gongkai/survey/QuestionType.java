package gongkai.survey;

/** The kinds of question a social-evaluation questionnaire asks. Only the first two earn points. */
public enum QuestionType {
    /** Five-level satisfaction (满意 ... 不满意), each option worth configurable points. */
    SATISFACTION,
    /** 0-10 rating; r earns r x 10 points. */
    RATING,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /**
     * One scale (its options, e.g. the five levels) asked of each of several rows (e.g. agencies or service
     * aspects); answers are kept and charted, but (one response evaluating one unit) they do not enter the score.
     */
    MATRIX,
    TEXT;

    public boolean scored() {
        return this == SATISFACTION || this == RATING;
    }
}
