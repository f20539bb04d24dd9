package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A questionnaire section (content, timeliness, channels, ...) with its weight in the questionnaire. */
public record Section(String code, BigDecimal weight, List<ScoredQuestion> questions) {
  public Section {
    Objects.requireNonNull(code, "code");
    weight = ScoredQuestion.positiveWeight(weight, "weight of section " + code);
    questions = List.copyOf(questions);
    if (questions.isEmpty()) throw new IllegalArgumentException("section " + code + " has no scored question");
  }
}
