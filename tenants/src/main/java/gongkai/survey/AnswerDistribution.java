package gongkai.survey;

import java.util.List;

/** How often each answer of one question was given over a campaign, in the question's option order. */
public record AnswerDistribution(String questionCode, String text, QuestionType type, List<Bar> bars) {

    public AnswerDistribution {
        bars = List.copyOf(bars);
    }

    /** One answer (an option code, a rating, or {@code row=option} of a matrix) and its count. */
    public record Bar(String code, String label, long count) {
    }
}
