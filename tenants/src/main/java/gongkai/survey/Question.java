package gongkai.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question. {@code weight} (default 1) weighs a scored question within its section; {@code countsForRate}
 * (default true) says whether a satisfaction question's answers enter the satisfaction rate. A {@link
 * QuestionType#MATRIX} question asks its {@code options} (one scale) of each of its {@code rows}. {@code showIf}
 * (optional) shows the question only when an earlier question was answered with one of some options.
 */
public record Question(String code, QuestionType type, Wording text, Wording help, boolean required,
                       BigDecimal weight, Boolean countsForRate, List<Choice> options, List<Choice> rows,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Condition showIf) {

    @JsonCreator
    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** A question without matrix rows that is always shown. */
    public Question(String code, QuestionType type, Wording text, Wording help, boolean required,
                    BigDecimal weight, Boolean countsForRate, List<Choice> options) {
        this(code, type, text, help, required, weight, countsForRate, options, List.of(), null);
    }

    public BigDecimal weightOrDefault() {
        return weight == null ? BigDecimal.ONE : weight;
    }

    public boolean countsForRateOrDefault() {
        return countsForRate == null || countsForRate;
    }
}
