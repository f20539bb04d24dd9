package gongkai.survey.results;

import java.util.Objects;

/** Identifies a scored question within one questionnaire version. */
public record QuestionCode(String value) {
  public QuestionCode {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) throw new IllegalArgumentException("question code is blank");
  }
}
